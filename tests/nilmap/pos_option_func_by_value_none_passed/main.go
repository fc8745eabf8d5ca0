// The near miss neg_b20_option_func_returns_config made wrong: options are func(Config) Config
// and New keeps each result, but the health exporter is built with no option at all, so the
// literal's nil label map is written.
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

type Option func(Config) Config

func WithEndpoint(url string) Option {
	return func(c Config) Config { c.Endpoint = url; return c }
}

func WithLabel(k, v string) Option {
	return func(c Config) Config {
		if c.Labels == nil {
			c.Labels = make(map[string]string)
		}
		c.Labels[k] = v
		return c
	}
}

type Exporter struct {
	cfg Config
}

func New(service string, opts ...Option) *Exporter {
	cfg := Config{Endpoint: "http://localhost:4318", Interval: 15}
	for _, opt := range opts {
		cfg = opt(cfg)
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
	health := New("health")
	fmt.Println(health.Describe())
}
