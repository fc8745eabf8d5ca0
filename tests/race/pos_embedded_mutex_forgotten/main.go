// A cache that embeds its sync.Mutex and locks it in put, but an eviction method added later
// deletes without locking.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	sync.Mutex
	entries map[string]string
}

func (c *cache) put(k, v string) {
	c.Lock()
	defer c.Unlock()
	c.entries[k] = v // want "concurrent map write"
}

func (c *cache) evict(k string) {
	delete(c.entries, k) // other access
}

func main() {
	c := &cache{entries: map[string]string{"old": "x"}}
	var wg sync.WaitGroup
	wg.Go(func() { c.put("new", "y") })
	c.evict("old")
	wg.Wait()
	fmt.Println(len(c.entries))
}
