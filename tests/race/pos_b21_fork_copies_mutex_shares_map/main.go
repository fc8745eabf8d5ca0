// A request counter hands each tenant a Fork of the global counter: `cp := *c` copies the
// mutex (fresh, unlocked) but shares the counts map, so the tenant's Inc and the global Inc
// lock two different mutexes and store into the one map at once.
package main

import (
	"os"
	"strconv"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	name   string
	counts map[string]int
}

func NewCounter(name string) *Counter {
	return &Counter{name: name, counts: make(map[string]int)}
}

func (c *Counter) Inc(route string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[route]++ // want "concurrent map write"
}

func (c *Counter) Get(route string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[route]
}

// Fork returns a counter for a tenant, starting from the global counts.
func (c *Counter) Fork(name string) *Counter {
	cp := *c // root cause
	cp.name = name
	return &cp
}

func main() {
	global := NewCounter("global")
	global.Inc("/healthz")
	tenant := global.Fork("acme")
	var wg sync.WaitGroup
	wg.Go(func() { tenant.Inc("/orders") })
	global.Inc("/login")
	wg.Wait()
	os.Stdout.WriteString("acme orders=" + strconv.Itoa(tenant.Get("/orders")) + " global login=" + strconv.Itoa(global.Get("/login")) + "\n")
}
