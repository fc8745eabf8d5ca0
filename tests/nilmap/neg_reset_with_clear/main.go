// A cache's Reset empties the map with clear instead of dropping it, so later Puts are fine.
package main

import "fmt"

type LRU struct {
	items map[string][]byte
	order []string
}

func NewLRU() *LRU { return &LRU{items: map[string][]byte{}} }

func (c *LRU) Reset() {
	clear(c.items)
	c.order = c.order[:0]
}

func (c *LRU) Put(k string, v []byte) {
	c.items[k] = v
	c.order = append(c.order, k)
}

func main() {
	c := NewLRU()
	c.Put("a", []byte{1})
	c.Reset()
	c.Put("b", []byte{2})
	fmt.Println(len(c.items))
}
