// A read-through cache counts misses per key to find hot keys it should preload. The
// constructor leaves the miss counter unset; the miss path makes it on first use.
package main

import "fmt"

type cache struct {
	values map[string]string
	misses map[string]int
	load   func(string) string
}

func newCache(load func(string) string) *cache {
	return &cache{values: make(map[string]string), load: load}
}

func (c *cache) Get(key string) string {
	if v, ok := c.values[key]; ok {
		return v
	}
	if c.misses == nil {
		c.misses = make(map[string]int)
	}
	c.misses[key]++
	v := c.load(key)
	c.values[key] = v
	return v
}

func main() {
	c := newCache(func(k string) string { return "value-of-" + k })
	fmt.Println(c.Get("a"), c.Get("a"), c.Get("b"), c.misses["a"])
}
