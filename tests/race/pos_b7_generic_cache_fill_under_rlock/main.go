// A generic read-through cache guarded by a sync.RWMutex. Get takes the read lock, and on a
// miss it loads the value and stores it before releasing that same read lock, so two
// goroutines missing at once both write the map while holding only read locks.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu    sync.RWMutex
	items map[K]V
	load  func(K) V
}

func NewCache[K comparable, V any](load func(K) V) *Cache[K, V] {
	return &Cache[K, V]{items: make(map[K]V), load: load}
}

func (c *Cache[K, V]) Get(k K) V {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if v, ok := c.items[k]; ok { // other access
		return v
	}
	v := c.load(k)
	c.items[k] = v // want "concurrent map write"
	return v
}

func main() {
	templates := NewCache(func(name string) string {
		return "<h1>" + strings.ToUpper(name) + "</h1>"
	})
	start := make(chan struct{})
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i, page := range []string{"home", "pricing", "about"} {
		wg.Go(func() {
			<-start
			out[i] = templates.Get(page)
		})
	}
	close(start)
	wg.Wait()
	fmt.Println(strings.Join(out, " "))
}
