// A generic memoising cache, Cache[K, V], that locks around its map, shared by the goroutines
// that resolve user profiles.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	items map[K]V
	load  func(K) V
}

func NewCache[K comparable, V any](load func(K) V) *Cache[K, V] {
	return &Cache[K, V]{items: make(map[K]V), load: load}
}

func (c *Cache[K, V]) Get(k K) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.items[k]; ok {
		return v
	}
	v := c.load(k)
	c.items[k] = v
	return v
}

func main() {
	profiles := NewCache(func(id int) string { return strings.Repeat("*", id) })
	var wg sync.WaitGroup
	for _, id := range []int{1, 2, 3, 1} {
		wg.Go(func() { profiles.Get(id) })
	}
	wg.Wait()
	fmt.Println(len(profiles.items))
}
