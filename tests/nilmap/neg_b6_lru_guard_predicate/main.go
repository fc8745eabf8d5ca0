// An LRU cache for rendered fragments makes its storage on first use: Put asks the empty
// predicate and calls reset when it says so. empty looks at the items map itself, so the first
// Put after Reserve, which pre-sizes only the recency list for a warm-up, still calls reset.
package main

import "fmt"

type LRU struct {
	cap   int
	order []string
	items map[string]string
}

func (c *LRU) empty() bool { return c.items == nil }

func (c *LRU) reset() {
	c.order = make([]string, 0, c.cap)
	c.items = make(map[string]string, c.cap)
}

func (c *LRU) Reserve(n int) {
	c.cap = n
	c.order = make([]string, 0, n)
}

func (c *LRU) Put(key, fragment string) {
	if c.empty() {
		c.reset()
	}
	if len(c.order) == c.cap && c.cap > 0 {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
	c.order = append(c.order, key)
	c.items[key] = fragment
}

func main() {
	var header LRU
	header.cap = 2
	header.Put("/", "<h1>home</h1>")
	header.Put("/about", "<h1>about</h1>")

	var footer LRU
	footer.Reserve(4)
	footer.Put("/", "<footer>home</footer>")
	fmt.Println(len(header.items), len(footer.items))
}
