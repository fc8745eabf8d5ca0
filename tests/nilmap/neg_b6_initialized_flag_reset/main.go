// A DNS resolver's answer cache initialises itself on first use, guarded by an initialized
// flag that init sets together with the answers map. Flush, added for SIGHUP, drops the map
// to free memory and clears the flag with it, so the first answer cached after a flush makes
// the map again.
package main

import "fmt"

type answerCache struct {
	initialized bool
	answers     map[string][]string
	flushes     int
}

func (c *answerCache) init() {
	c.answers = make(map[string][]string)
	c.initialized = true
}

func (c *answerCache) Store(name string, addrs []string) {
	if !c.initialized {
		c.init()
	}
	c.answers[name] = addrs
}

func (c *answerCache) Lookup(name string) ([]string, bool) {
	addrs, ok := c.answers[name]
	return addrs, ok
}

func (c *answerCache) Flush() {
	c.answers = nil
	c.initialized = false
	c.flushes++
}

func main() {
	var cache answerCache
	cache.Store("api.example.com.", []string{"192.0.2.10"})
	fmt.Println(cache.Lookup("api.example.com."))
	cache.Flush()
	cache.Store("db.example.com.", []string{"192.0.2.20"})
	fmt.Println(cache.Lookup("db.example.com."))
}
