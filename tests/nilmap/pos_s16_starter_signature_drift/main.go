// A service host starts every component that implements Starter, which takes the host's
// context. The metrics collector's start-up method was written before the context was added
// and still has the old signature, so it is not a Starter: the host never starts it, its
// per-route latency table is never made, and the first observation writes into a nil map.
package main

import (
	"context"
	"fmt"
	"time"
)

type Component interface {
	Name() string
}

type Starter interface {
	Start(ctx context.Context) error
}

type cache struct{ entries map[string]string }

func (c *cache) Name() string { return "cache" }

func (c *cache) Start(ctx context.Context) error {
	c.entries = make(map[string]string)
	return ctx.Err()
}

type collector struct {
	latency map[string]time.Duration
}

func (m *collector) Name() string { return "metrics" }

func (m *collector) Start() error {
	m.latency = make(map[string]time.Duration)
	return nil
}

func (m *collector) observe(route string, d time.Duration) {
	m.latency[route] += d // want "nil map"
}

func startAll(ctx context.Context, components []Component) error {
	for _, c := range components {
		s, ok := c.(Starter)
		if !ok {
			continue
		}
		if err := s.Start(ctx); err != nil {
			return fmt.Errorf("start %s: %w", c.Name(), err)
		}
	}
	return nil
}

func main() {
	m := &collector{}
	components := []Component{&cache{}, m}
	if err := startAll(context.Background(), components); err != nil {
		fmt.Println(err)
		return
	}
	m.observe("/", 3*time.Millisecond)
	fmt.Println(len(m.latency))
}
