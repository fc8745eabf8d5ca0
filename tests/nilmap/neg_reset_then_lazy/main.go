// Reset drops the map, and Put makes a new one when it finds none.
package main

import "fmt"

type LRU struct {
	items map[string][]byte
	order []string
}

func (c *LRU) Reset() {
	c.items = nil
	c.order = nil
}

func (c *LRU) Put(k string, v []byte) {
	if c.items == nil {
		c.items = make(map[string][]byte)
	}
	c.items[k] = v
	c.order = append(c.order, k)
}

func main() {
	var c LRU
	c.Put("a", []byte{1})
	c.Reset()
	c.Put("b", []byte{2})
	fmt.Println(len(c.items))
}
