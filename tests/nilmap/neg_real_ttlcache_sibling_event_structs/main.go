// Reduced from jellydator/ttlcache v3.4.1, cache.go:785, where mapscope check (session 30, after
// unexported fields boxed in an any stopped counting as made by reflection) reported
// `c.events.update.fns[id] = ...` as a write to a field no code makes. The cache declares one
// anonymous struct per event kind, identical types written out side by side, and New makes each
// kind's map. Merging identical struct types written twice, meant for a declaration and the
// composite literal that fills it, took update's fields for insertion's. A near miss: sibling
// fields of identical anonymous struct types, each made. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type Item[K comparable, V any] struct {
	key K
	val V
}

type Cache[K comparable, V any] struct {
	events struct {
		insertion struct {
			mu     sync.RWMutex
			nextID uint64
			fns    map[uint64]func(*Item[K, V])
		}
		update struct {
			mu     sync.RWMutex
			nextID uint64
			fns    map[uint64]func(*Item[K, V])
		}
	}
}

func New[K comparable, V any]() *Cache[K, V] {
	c := &Cache[K, V]{}
	c.events.insertion.fns = make(map[uint64]func(*Item[K, V]))
	c.events.update.fns = make(map[uint64]func(*Item[K, V]))
	return c
}

func (c *Cache[K, V]) OnInsertion(fn func(*Item[K, V])) {
	c.events.insertion.mu.Lock()
	id := c.events.insertion.nextID
	c.events.insertion.fns[id] = fn
	c.events.insertion.nextID++
	c.events.insertion.mu.Unlock()
}

func (c *Cache[K, V]) OnUpdate(fn func(*Item[K, V])) {
	c.events.update.mu.Lock()
	id := c.events.update.nextID
	c.events.update.fns[id] = fn
	c.events.update.nextID++
	c.events.update.mu.Unlock()
}

func main() {
	c := New[string, int]()
	c.OnInsertion(func(*Item[string, int]) {})
	c.OnUpdate(func(*Item[string, int]) {})
	fmt.Println(c.events.update.fns != nil)
}
