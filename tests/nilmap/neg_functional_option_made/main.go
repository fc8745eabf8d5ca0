// The options struct's tag map is made before any option runs.
package main

import "fmt"

type options struct {
	retries int
	tags    map[string]string
}

type Option func(*options)

func WithRetries(n int) Option { return func(o *options) { o.retries = n } }

func WithTag(k, v string) Option {
	return func(o *options) { o.tags[k] = v }
}

type Client struct{ opts options }

func NewClient(opts ...Option) *Client {
	c := &Client{opts: options{retries: 1, tags: map[string]string{}}}
	for _, o := range opts {
		o(&c.opts)
	}
	return c
}

func main() {
	c := NewClient(WithRetries(3), WithTag("region", "eu"))
	fmt.Println(c.opts.retries, c.opts.tags)
}
