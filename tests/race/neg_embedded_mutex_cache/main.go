// An LRU-ish cache that embeds its sync.Mutex: c.Lock() locks the embedded mutex, which
// guards the map in every method.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	sync.Mutex
	entries map[string]string
	order   []string
	max     int
}

func (c *cache) put(k, v string) {
	c.Lock()
	defer c.Unlock()
	if _, ok := c.entries[k]; !ok {
		c.order = append(c.order, k)
	}
	c.entries[k] = v
	if len(c.order) > c.max {
		delete(c.entries, c.order[0])
		c.order = c.order[1:]
	}
}

func (c *cache) get(k string) (string, bool) {
	c.Lock()
	defer c.Unlock()
	v, ok := c.entries[k]
	return v, ok
}

func main() {
	c := &cache{entries: make(map[string]string), max: 2}
	var wg sync.WaitGroup
	for _, k := range []string{"a", "b", "c"} {
		wg.Go(func() { c.put(k, k+k) })
	}
	_, _ = c.get("a")
	wg.Wait()
	fmt.Println(len(c.entries))
}
