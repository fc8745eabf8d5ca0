// A cache's Reset drops the map to free memory; the next Put writes into nil.
package main

import "fmt"

type LRU struct {
	items map[string][]byte
	order []string
}

func NewLRU() *LRU { return &LRU{items: map[string][]byte{}} }

func (c *LRU) Reset() {
	c.items = nil
	c.order = nil
}

func (c *LRU) Put(k string, v []byte) {
	c.items[k] = v // want "nil map"
	c.order = append(c.order, k)
}

func main() {
	c := NewLRU()
	c.Put("a", []byte{1})
	c.Reset()
	c.Put("b", []byte{2})
	fmt.Println(len(c.items))
}
