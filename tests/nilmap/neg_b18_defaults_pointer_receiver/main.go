// A queue consumer takes functional options; withDefaults has a pointer receiver and completes
// the Options in place, so New can call it as a statement: the Headers map it makes when no
// option set one is there when New stamps the consumer name.
package main

import (
	"fmt"
	"time"
)

type Options struct {
	Name     string
	Prefetch int
	Timeout  time.Duration
	Headers  map[string]string
}

type Option func(*Options)

func WithPrefetch(n int) Option { return func(o *Options) { o.Prefetch = n } }

func WithHeader(k, v string) Option {
	return func(o *Options) {
		if o.Headers == nil {
			o.Headers = map[string]string{}
		}
		o.Headers[k] = v
	}
}

func (o *Options) withDefaults() {
	if o.Prefetch == 0 {
		o.Prefetch = 10
	}
	if o.Timeout == 0 {
		o.Timeout = 30 * time.Second
	}
	if o.Headers == nil {
		o.Headers = map[string]string{}
	}
}

type Consumer struct {
	opts Options
}

func New(name string, opts ...Option) *Consumer {
	o := Options{Name: name}
	for _, apply := range opts {
		apply(&o)
	}
	o.withDefaults()
	o.Headers["x-consumer"] = name
	return &Consumer{opts: o}
}

func main() {
	a := New("invoices", WithHeader("x-tenant", "acme"), WithPrefetch(50))
	fmt.Println(a.opts.Name, a.opts.Prefetch, len(a.opts.Headers))
	b := New("emails")
	fmt.Println(b.opts.Name, b.opts.Prefetch, len(b.opts.Headers))
}
