// An SDK client makes its default headers lazily behind a *sync.Once, and WithBase derives a
// client for another endpoint by copying the struct and dropping the header map so the two do
// not share it. The copy would share the Once pointer the parent has already fired, so WithBase
// gives the clone a fresh Once, and the clone's lazy init makes its own map.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Client struct {
	base    string
	init    *sync.Once
	headers map[string]string
}

func New(base string) *Client {
	return &Client{base: base, init: new(sync.Once)}
}

func (c *Client) ensureHeaders() {
	c.init.Do(func() {
		c.headers = map[string]string{"User-Agent": "inventory-sdk/1.4"}
	})
}

func (c *Client) SetHeader(k, v string) {
	c.ensureHeaders()
	c.headers[k] = v
}

// WithBase returns a client for another endpoint with headers of its own.
func (c *Client) WithBase(base string) *Client {
	clone := *c
	clone.base = base
	clone.headers = nil
	clone.init = new(sync.Once)
	return &clone
}

func (c *Client) Describe(path string) string {
	c.ensureHeaders()
	keys := make([]string, 0, len(c.headers))
	for k := range c.headers {
		keys = append(keys, k+"="+c.headers[k])
	}
	sort.Strings(keys)
	return "GET " + c.base + path + " [" + strings.Join(keys, " ") + "]"
}

func main() {
	api := New("https://api.example.com")
	api.SetHeader("Authorization", "Bearer t0k3n")
	fmt.Println(api.Describe("/v1/items"))

	uploads := api.WithBase("https://upload.example.com")
	uploads.SetHeader("Content-Type", "application/octet-stream")
	fmt.Println(uploads.Describe("/v1/blobs"))
}
