// A client builder collects configuration hooks; one of them (WithDefaults) creates the
// header map. Build runs the queued hooks first and only then stamps the User-Agent header,
// so the map exists by the time it is written.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Config struct {
	BaseURL string
	Headers map[string]string
	Retries int
}

type Hook func(*Config)

func WithDefaults() Hook {
	return func(c *Config) {
		if c.Headers == nil {
			c.Headers = map[string]string{}
		}
		c.Retries = 3
	}
}

func WithBaseURL(u string) Hook { return func(c *Config) { c.BaseURL = u } }

type Builder struct {
	cfg   Config
	hooks []Hook
}

func (b *Builder) Use(h ...Hook) *Builder {
	b.hooks = append(b.hooks, h...)
	return b
}

func (b *Builder) runHooks() {
	for _, h := range b.hooks {
		h(&b.cfg)
	}
}

func (b *Builder) Build(agent string) Config {
	b.runHooks()
	b.cfg.Headers["User-Agent"] = agent
	return b.cfg
}

func describe(c Config) string {
	keys := make([]string, 0, len(c.Headers))
	for k, v := range c.Headers {
		keys = append(keys, k+": "+v)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s retries=%d [%s]", c.BaseURL, c.Retries, strings.Join(keys, "; "))
}

func main() {
	b := (&Builder{}).Use(WithDefaults(), WithBaseURL("https://api.example.test"))
	fmt.Println(describe(b.Build("acme-sdk/2.1")))
}
