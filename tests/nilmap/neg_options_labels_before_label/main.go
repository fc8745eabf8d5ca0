// A metrics client takes functional options; WithLabels installs a whole label map and
// WithLabel adds one pair to whatever map is there. The defaults leave the map nil, but every
// client here is given WithLabels before any WithLabel, so the pair goes into a made map.
package main

import (
	"fmt"
	"time"
)

type options struct {
	endpoint string
	interval time.Duration
	labels   map[string]string
}

type Option func(*options)

func WithEndpoint(e string) Option { return func(o *options) { o.endpoint = e } }

func WithInterval(d time.Duration) Option { return func(o *options) { o.interval = d } }

func WithLabels(l map[string]string) Option { return func(o *options) { o.labels = l } }

func WithLabel(k, v string) Option {
	return func(o *options) {
		o.labels[k] = v
	}
}

func defaults() options {
	return options{endpoint: "http://localhost:9091", interval: 10 * time.Second}
}

type Client struct {
	opts options
	buf  []string
}

func NewClient(opts ...Option) *Client {
	o := defaults()
	for _, apply := range opts {
		apply(&o)
	}
	return &Client{opts: o}
}

func (c *Client) Gauge(name string, v float64) {
	c.buf = append(c.buf, fmt.Sprintf("%s%v %g", name, c.opts.labels, v))
}

func main() {
	jobs := NewClient(
		WithLabels(map[string]string{"team": "infra"}),
		WithLabel("job", "reindex"),
	)
	jobs.Gauge("queue_depth", 12)

	api := NewClient(
		WithInterval(time.Second),
		WithLabels(map[string]string{}),
		WithLabel("service", "api"),
	)
	api.Gauge("inflight", 3)
	fmt.Println(jobs.buf, api.buf)
}
