// A DNS cache's lookups take the read lock, and so does its expiry sweep, which deletes: the
// read lock admits the sweep and the lookups together.
package main

import (
	"fmt"
	"sync"
)

type entry struct {
	addr    string
	expires int64
}

type dnsCache struct {
	mu      sync.RWMutex
	entries map[string]entry
}

func (c *dnsCache) lookup(host string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.entries[host] // other access
	return e.addr, ok
}

func (c *dnsCache) sweep(now int64) {
	c.mu.RLock() // root cause
	defer c.mu.RUnlock()
	for _, host := range []string{"old.example", "gone.example"} {
		if e, ok := c.entries[host]; ok && e.expires < now {
			delete(c.entries, host) // want "concurrent map write"
		}
	}
}

func main() {
	c := &dnsCache{entries: map[string]entry{
		"old.example": {"10.0.0.1", 5}, "gone.example": {"10.0.0.2", 7}, "new.example": {"10.0.0.3", 99},
	}}
	var wg sync.WaitGroup
	wg.Go(func() { c.sweep(10) })
	addr, ok := c.lookup("new.example")
	wg.Wait()
	fmt.Println(addr, ok)
}
