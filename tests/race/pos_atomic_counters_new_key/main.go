// Per-endpoint request counters are atomics stored in a map, so the increments are safe, but
// a request for an endpoint not yet in the map adds its counter without a lock while other
// requests look theirs up.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counters struct {
	byEndpoint map[string]*atomic.Int64
}

func (c *counters) hit(endpoint string) {
	n, ok := c.byEndpoint[endpoint] // other access
	if !ok {
		n = new(atomic.Int64)
		c.byEndpoint[endpoint] = n // want "concurrent map write"
	}
	n.Add(1)
}

func main() {
	c := &counters{byEndpoint: map[string]*atomic.Int64{"/": new(atomic.Int64)}}
	var wg sync.WaitGroup
	for _, e := range []string{"/", "/health", "/"} {
		wg.Go(func() { c.hit(e) })
	}
	wg.Wait()
	fmt.Println(len(c.byEndpoint), c.byEndpoint["/"].Load())
}
