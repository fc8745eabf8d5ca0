// A resolver's answer cache is flushed when the upstream's zone serial changes. Flush resets the
// whole struct with a literal that carries over the settings (ttl, max) and forgets the entries
// map, so the next Put after a flush stores the fresh answer into a nil map.
package main

import (
	"fmt"
	"time"
)

type answer struct {
	addrs   []string
	expires time.Time
}

type Cache struct {
	ttl     time.Duration
	max     int
	serial  uint32
	entries map[string]answer
	hits    int
}

func NewCache(ttl time.Duration, max int) *Cache {
	return &Cache{ttl: ttl, max: max, entries: make(map[string]answer)}
}

func (c *Cache) Get(name string, now time.Time) ([]string, bool) {
	a, ok := c.entries[name]
	if !ok || now.After(a.expires) {
		return nil, false
	}
	c.hits++
	return a.addrs, true
}

func (c *Cache) Put(name string, addrs []string, now time.Time) {
	if len(c.entries) >= c.max {
		return
	}
	c.entries[name] = answer{addrs: addrs, expires: now.Add(c.ttl)} // want "nil map"
}

// Flush drops every answer when the zone serial moves.
func (c *Cache) Flush(serial uint32) {
	if serial == c.serial {
		return
	}
	*c = Cache{ttl: c.ttl, max: c.max, serial: serial}
}

func main() {
	now := time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC)
	c := NewCache(time.Minute, 100)
	c.Put("api.internal", []string{"10.0.0.7"}, now)
	if addrs, ok := c.Get("api.internal", now); ok {
		fmt.Println("cached", addrs)
	}
	c.Flush(2025050102)
	c.Put("api.internal", []string{"10.0.0.9"}, now.Add(time.Second))
	fmt.Println("hits", c.hits, "entries", len(c.entries))
}
