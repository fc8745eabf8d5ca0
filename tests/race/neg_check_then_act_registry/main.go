// A metric registry checks for an existing counter and registers a new one in the same
// critical section.
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
	defer r.mu.Unlock()
	c, ok := r.counters[name]
	if !ok {
		c = &counter{name: name}
		r.counters[name] = c
	}
	return c
}

func main() {
	r := &registry{counters: make(map[string]*counter)}
	var wg sync.WaitGroup
	for _, name := range []string{"http_requests", "db_queries", "http_requests"} {
		wg.Go(func() { r.counter(name).add(1) })
	}
	wg.Wait()
	fmt.Println(len(r.counters))
}
