// A StatsD-style client aggregates counters under a mutex; its flusher swaps in a fresh map
// under the mutex, then formats and clears the old one, which no other goroutine can reach.
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
	c.counters[name]++
	c.mu.Unlock()
}

func (c *client) flush() {
	c.mu.Lock()
	old := c.counters
	c.counters = make(map[string]int64)
	c.mu.Unlock()
	var batch []string
	for name, v := range old {
		batch = append(batch, fmt.Sprintf("%s:%d|c", name, v))
	}
	c.out <- batch
	clear(old)
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
