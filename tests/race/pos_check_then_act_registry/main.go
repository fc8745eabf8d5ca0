// A metric registry checks for an existing counter under its lock, drops the lock, and then
// registers the new counter without it: concurrent registrations write the map unlocked.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct {
	name string
	n    atomic.Int64
}

func (c *counter) add(d int64) { c.n.Add(d) }

type registry struct {
	mu       sync.Mutex
	counters map[string]*counter
}

func (r *registry) counter(name string) *counter {
	r.mu.Lock()
	c, ok := r.counters[name] // other access
	r.mu.Unlock()             // root cause
	if !ok {
		c = &counter{name: name}
		r.counters[name] = c // want "concurrent map write"
	}
	return c
}

func main() {
	r := &registry{counters: make(map[string]*counter)}
	var wg sync.WaitGroup
	for _, name := range []string{"http_requests", "db_queries", "cache_misses"} {
		wg.Go(func() { r.counter(name).add(1) })
	}
	wg.Wait()
	fmt.Println(len(r.counters))
}
