// A functional option writes a default tag into an options struct nobody made the map of.
package main

import "fmt"

type options struct {
	retries int
	tags    map[string]string
}

type Option func(*options)

func WithRetries(n int) Option { return func(o *options) { o.retries = n } }

func WithTag(k, v string) Option {
	return func(o *options) { o.tags[k] = v } // want "nil map"
}

type Client struct{ opts options }

func NewClient(opts ...Option) *Client {
	c := &Client{opts: options{retries: 1}}
	for _, o := range opts {
		o(&c.opts)
	}
	return c
}

func main() {
	c := NewClient(WithRetries(3), WithTag("region", "eu"))
	fmt.Println(c.opts.retries)
}
