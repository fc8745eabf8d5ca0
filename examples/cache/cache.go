// Package cache is a small generic TTL cache guarded by a mutex.
package cache

import (
	"iter"
	"sync"
	"time"
)

type entry[V any] struct {
	value   V
	expires time.Time
}

// Cache maps keys to values that expire after a fixed time to live.
type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	ttl   time.Duration
	items map[K]entry[V]
	now   func() time.Time
}

// New returns an empty cache whose entries live for ttl.
func New[K comparable, V any](ttl time.Duration) *Cache[K, V] {
	return &Cache[K, V]{ttl: ttl, items: make(map[K]entry[V]), now: time.Now}
}

// Get returns the value for key if present and not expired.
func (c *Cache[K, V]) Get(key K) (v V, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok || c.now().After(e.expires) {
		delete(c.items, key)
		return v, false
	}
	return e.value, true
}

// Put stores value under key, replacing any previous value.
func (c *Cache[K, V]) Put(key K, value V) {
	c.mu.Lock()
	c.items[key] = entry[V]{value: value, expires: c.now().Add(c.ttl)}
	c.mu.Unlock()
}

// All yields the live entries; the cache is locked while iterating.
func (c *Cache[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		c.mu.Lock()
		defer c.mu.Unlock()
		now := c.now()
		for k, e := range c.items {
			if now.After(e.expires) {
				continue
			}
			if !yield(k, e.value) {
				return
			}
		}
	}
}

// Purge removes expired entries and reports how many were removed.
func (c *Cache[K, V]) Purge() (n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	for k, e := range c.items {
		if now.After(e.expires) {
			delete(c.items, k)
			n++
		}
	}
	return n
}
