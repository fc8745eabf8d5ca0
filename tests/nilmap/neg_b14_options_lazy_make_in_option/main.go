// An HTTP client wrapper takes functional options. NewClient still applies them before it makes
// the default header map, but WithHeader makes the map itself when it finds it nil, and the
// constructor's own make is skipped then. The near miss of pos_b14_options_applied_before_make.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Client struct {
	baseURL  string
	timeout  time.Duration
	headers  map[string]string
	retries  int
	userName string
}

type Option func(*Client)

func WithTimeout(d time.Duration) Option { return func(c *Client) { c.timeout = d } }

func WithRetries(n int) Option { return func(c *Client) { c.retries = n } }

func WithHeader(k, v string) Option {
	return func(c *Client) {
		if c.headers == nil {
			c.headers = make(map[string]string)
		}
		c.headers[strings.ToLower(k)] = v
	}
}

func NewClient(base string, opts ...Option) *Client {
	c := &Client{baseURL: strings.TrimSuffix(base, "/")}
	for _, opt := range opts {
		opt(c)
	}
	if c.timeout == 0 {
		c.timeout = 10 * time.Second
	}
	if c.headers == nil {
		c.headers = make(map[string]string)
	}
	c.headers["user-agent"] = "inventory-sync/1.4"
	return c
}

func (c *Client) Describe() string {
	keys := make([]string, 0, len(c.headers))
	for k := range c.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%s timeout=%s retries=%d", c.baseURL, c.timeout, c.retries)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%q", k, c.headers[k])
	}
	return b.String()
}

func main() {
	plain := NewClient("https://inventory.internal/", WithRetries(2))
	fmt.Println(plain.Describe())

	authed := NewClient("https://billing.internal",
		WithTimeout(3*time.Second),
		WithHeader("Authorization", "Bearer token-123"),
	)
	fmt.Println(authed.Describe())
}
