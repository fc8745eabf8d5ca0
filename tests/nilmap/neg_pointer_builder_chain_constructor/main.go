// An HTTP client is configured with chained pointer methods that each return the client.
// NewClient makes the default headers map, and the health checker builds its client with
// NewClient too before chaining the same methods, so every header goes into a made map.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Client struct {
	base    string
	timeout time.Duration
	headers map[string]string
}

func NewClient(base string) *Client {
	return &Client{base: base, timeout: 30 * time.Second, headers: map[string]string{}}
}

func (c *Client) WithTimeout(d time.Duration) *Client {
	c.timeout = d
	return c
}

func (c *Client) WithHeader(k, v string) *Client {
	c.headers[k] = v
	return c
}

func (c *Client) String() string {
	keys := make([]string, 0, len(c.headers))
	for k, v := range c.headers {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s %s [%s]", c.base, c.timeout, strings.Join(keys, ","))
}

func main() {
	api := NewClient("https://api.example.test").WithTimeout(5 * time.Second).WithHeader("X-Team", "core")
	fmt.Println(api)
	health := NewClient("http://localhost:8081").WithTimeout(time.Second).WithHeader("X-Probe", "1")
	fmt.Println(health)
}
