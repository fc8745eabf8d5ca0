// A client factory appends per-client options to a base slice that has spare capacity, so
// both clients' option slices share the slot after the base: the public client's option
// overwrites the internal client's WithAuth, whose header map then never gets made.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Client struct {
	name    string
	retries int
	rate    int
	headers map[string]string
}

type Option func(*Client)

func WithRetries(n int) Option { return func(c *Client) { c.retries = n } }

func WithRateLimit(rps int) Option { return func(c *Client) { c.rate = rps } }

func WithAuth(token string) Option {
	return func(c *Client) {
		c.headers = map[string]string{"Authorization": "Bearer " + token}
	}
}

type Factory struct {
	base []Option
}

func NewFactory() *Factory {
	base := make([]Option, 0, 8)
	base = append(base, WithRetries(3))
	return &Factory{base: base}
}

func (f *Factory) Options(extra ...Option) []Option {
	return append(f.base, extra...)
}

func NewClient(name string, opts ...Option) *Client {
	c := &Client{name: name, retries: 1}
	for _, opt := range opts {
		opt(c)
	}
	return c
}

func (c *Client) SetHeader(key, value string) {
	c.headers[key] = value // want "nil map"
}

func (c *Client) String() string {
	keys := make([]string, 0, len(c.headers))
	for k := range c.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s retries=%d rate=%d headers=[%s]", c.name, c.retries, c.rate, strings.Join(keys, ","))
}

func main() {
	f := NewFactory()
	internalOpts := f.Options(WithAuth("svc-token"))
	publicOpts := f.Options(WithRateLimit(50))
	internal := NewClient("internal", internalOpts...)
	public := NewClient("public", publicOpts...)
	internal.SetHeader("X-Source", "batch")
	fmt.Println(internal)
	fmt.Println(public)
}
