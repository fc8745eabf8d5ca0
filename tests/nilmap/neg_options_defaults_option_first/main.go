// An HTTP client wrapper takes functional options and makes its default header map only after
// applying them. WithHeader writes into that map, but the one client configured with it is
// given WithDefaultHeaders first, which makes the map through a method of the client.
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

// WithDefaultHeaders starts the client's header set over from the defaults.
func WithDefaultHeaders() Option { return func(c *Client) { c.resetHeaders() } }

func (c *Client) resetHeaders() {
	c.headers = map[string]string{"accept": "application/json"}
}

func WithHeader(k, v string) Option {
	return func(c *Client) {
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
		WithDefaultHeaders(),
		WithHeader("Authorization", "Bearer token-123"),
	)
	fmt.Println(authed.Describe())
}
