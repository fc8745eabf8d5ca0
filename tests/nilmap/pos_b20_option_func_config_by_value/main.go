// A metrics exporter takes functional options declared as func(Config): WithLabel makes the
// label map in its own copy of the config, so New's copy keeps a nil Labels and stamping the
// service name panics.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Config struct {
	Endpoint string
	Interval int
	Labels   map[string]string
}

type Option func(Config)

func WithEndpoint(url string) Option {
	return func(c Config) { c.Endpoint = url }
}

func WithLabel(k, v string) Option {
	return func(c Config) {
		if c.Labels == nil {
			c.Labels = make(map[string]string)
		}
		c.Labels[k] = v
	}
}

type Exporter struct {
	cfg Config
}

func New(service string, opts ...Option) *Exporter {
	cfg := Config{Endpoint: "http://localhost:4318", Interval: 15}
	for _, opt := range opts {
		opt(cfg)
	}
	cfg.Labels["service"] = service // want "nil map"
	return &Exporter{cfg: cfg}
}

func (e *Exporter) Describe() string {
	keys := make([]string, 0, len(e.cfg.Labels))
	for k, v := range e.cfg.Labels {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s every %ds {%s}", e.cfg.Endpoint, e.cfg.Interval, strings.Join(keys, ","))
}

func main() {
	exp := New("checkout",
		WithEndpoint("http://collector:4318"),
		WithLabel("region", "eu-west-1"),
		WithLabel("tier", "web"),
	)
	fmt.Println(exp.Describe())
}
