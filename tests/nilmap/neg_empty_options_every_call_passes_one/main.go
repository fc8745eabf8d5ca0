// A near miss of pos_b18_defaults_result_discarded: every caller of New passes a header option,
// which makes the Headers map before New stamps the consumer name, so the discarded defaults
// never matter for the map.
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

func (o Options) withDefaults() Options {
	if o.Prefetch == 0 {
		o.Prefetch = 10
	}
	if o.Timeout == 0 {
		o.Timeout = 30 * time.Second
	}
	if o.Headers == nil {
		o.Headers = map[string]string{}
	}
	return o
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
	b := New("emails", WithHeader("x-tenant", "globex"))
	fmt.Println(b.opts.Name, b.opts.Prefetch, len(b.opts.Headers))
}
