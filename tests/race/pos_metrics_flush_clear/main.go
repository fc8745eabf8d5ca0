// A StatsD-style client aggregates counters under a mutex; its flusher goroutine formats the
// counters under the mutex and hands the batch to the transport, but resets the counters with
// clear after unlocking.
package main

import (
	"fmt"
	"sync"
)

type client struct {
	mu       sync.Mutex
	counters map[string]int64
	out      chan []string
}

func (c *client) incr(name string) {
	c.mu.Lock()
	c.counters[name]++ // want "concurrent map write"
	c.mu.Unlock()
}

func (c *client) flush() {
	c.mu.Lock()
	var batch []string
	for name, v := range c.counters {
		batch = append(batch, fmt.Sprintf("%s:%d|c", name, v))
	}
	c.mu.Unlock()
	c.out <- batch
	clear(c.counters) // other access
}

func main() {
	c := &client{counters: map[string]int64{"boot": 1}, out: make(chan []string)}
	var wg sync.WaitGroup
	wg.Go(c.flush)
	batch := <-c.out
	c.incr("requests")
	wg.Wait()
	fmt.Println(len(batch))
}
