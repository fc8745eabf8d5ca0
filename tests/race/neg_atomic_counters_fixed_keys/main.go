// Per-endpoint request counters are atomics in a map that holds every endpoint before the
// requests start: requests only look their counter up and add to it atomically.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counters struct {
	byEndpoint map[string]*atomic.Int64
}

func newCounters(endpoints []string) *counters {
	c := &counters{byEndpoint: make(map[string]*atomic.Int64, len(endpoints))}
	for _, e := range endpoints {
		c.byEndpoint[e] = new(atomic.Int64)
	}
	return c
}

func (c *counters) hit(endpoint string) {
	if n, ok := c.byEndpoint[endpoint]; ok {
		n.Add(1)
	}
}

func main() {
	c := newCounters([]string{"/", "/health"})
	var wg sync.WaitGroup
	for _, e := range []string{"/", "/health", "/"} {
		wg.Go(func() { c.hit(e) })
	}
	wg.Wait()
	fmt.Println(len(c.byEndpoint), c.byEndpoint["/"].Load())
}
