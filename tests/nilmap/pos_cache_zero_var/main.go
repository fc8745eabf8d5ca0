// A TTL cache used as a zero value: Put writes into a map nobody made.
package main

import (
	"fmt"
	"time"
)

type entry struct {
	value   string
	expires time.Time
}

type Cache struct {
	ttl   time.Duration
	items map[string]entry
}

func (c *Cache) Put(key, value string, now time.Time) {
	c.items[key] = entry{value: value, expires: now.Add(c.ttl)} // want "nil map"
}

func (c *Cache) Get(key string, now time.Time) (string, bool) {
	e, ok := c.items[key]
	if !ok || now.After(e.expires) {
		return "", false
	}
	return e.value, true
}

func main() {
	var c Cache
	c.ttl = time.Minute
	now := time.Unix(1700000000, 0)
	if _, ok := c.Get("user:1", now); !ok {
		c.Put("user:1", "alice", now)
	}
	fmt.Println(c.Get("user:1", now))
}
