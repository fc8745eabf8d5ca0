// A TTL cache runs a janitor goroutine that sweeps expired entries and calls an OnEvict callback
// for each. The session service passes a closure that records the evicted sessions in a plain map
// it also reads when reporting; the callback runs on the janitor goroutine, so the report reads
// the map while the janitor writes it.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type entry struct {
	val     string
	expires time.Time
}

type Cache struct {
	mu      sync.Mutex
	items   map[string]entry
	onEvict func(key, val string)
	sweep   chan time.Time
	done    chan struct{}
}

func NewCache(onEvict func(key, val string)) *Cache {
	c := &Cache{items: make(map[string]entry), onEvict: onEvict, sweep: make(chan time.Time), done: make(chan struct{})}
	go c.janitor()
	return c
}

func (c *Cache) Set(k, v string, expires time.Time) {
	c.mu.Lock()
	c.items[k] = entry{v, expires}
	c.mu.Unlock()
}

func (c *Cache) janitor() {
	defer close(c.done)
	for now := range c.sweep {
		c.mu.Lock()
		var gone []string
		for k, e := range c.items {
			if now.After(e.expires) {
				delete(c.items, k)
				gone = append(gone, k, e.val)
			}
		}
		c.mu.Unlock()
		for i := 0; i < len(gone); i += 2 {
			c.onEvict(gone[i], gone[i+1])
		}
	}
}

func (c *Cache) Close() { close(c.sweep); <-c.done }

func main() {
	evicted := make(map[string]string)
	sessions := NewCache(func(id, user string) {
		evicted[id] = user // want "concurrent map write"
	})
	t0 := time.Date(2025, 1, 10, 8, 0, 0, 0, time.UTC)
	sessions.Set("s-19", "ada", t0.Add(time.Minute))
	sessions.Set("s-20", "linus", t0.Add(time.Hour))

	sessions.sweep <- t0.Add(5 * time.Minute) // the ticker fires
	var report []string
	for id := range evicted { // other access
		report = append(report, id)
	}
	sessions.Close()
	sort.Strings(report)
	fmt.Println("evicted so far:", report, "total", len(evicted))
}
