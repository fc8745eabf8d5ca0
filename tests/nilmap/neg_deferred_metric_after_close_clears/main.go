// A near miss of pos_b18_deferred_metric_after_close_release: Close flushes the metrics map to
// the shared registry and empties it with clear, keeping the map, so the counter deferred at
// the top of Close writes into an empty map.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Registry struct {
	totals map[string]int
}

type Conn struct {
	endpoint string
	registry *Registry
	metrics  map[string]int
	closed   bool
}

func Dial(endpoint string, r *Registry) *Conn {
	return &Conn{endpoint: endpoint, registry: r, metrics: map[string]int{}}
}

func (c *Conn) Call(method string) error {
	if c.closed {
		return errors.New("call on closed connection")
	}
	c.metrics["calls."+method]++
	return nil
}

func (c *Conn) Close() error {
	defer func() {
		c.metrics["close"]++
	}()
	if c.closed {
		return nil
	}
	c.closed = true
	for name, n := range c.metrics {
		c.registry.totals[c.endpoint+"/"+name] += n
	}
	clear(c.metrics)
	return nil
}

func main() {
	reg := &Registry{totals: map[string]int{}}
	var closers []io.Closer
	for _, ep := range []string{"billing:443", "search:443"} {
		c := Dial(ep, reg)
		_ = c.Call("Get")
		_ = c.Call("List")
		closers = append(closers, c)
	}
	for _, c := range closers {
		if err := c.Close(); err != nil {
			fmt.Println("close:", err)
		}
	}
	fmt.Println(len(reg.totals), "series flushed")
}
