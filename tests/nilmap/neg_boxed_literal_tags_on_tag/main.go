// A near miss of pos_lru_warm_entries_untagged: Warm pushes bare entries without a tags map
// onto the LRU list, and Tag makes the map of the entry it asserts back out of the element
// when it finds it nil before writing.
package main

import (
	"container/list"
	"fmt"
	"sort"
)

type entry struct {
	key  string
	val  []byte
	tags map[string]string
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) insert(e *entry) {
	if el, ok := c.items[e.key]; ok {
		c.ll.Remove(el)
	}
	c.items[e.key] = c.ll.PushFront(e)
	if c.ll.Len() > c.cap {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		delete(c.items, oldest.Value.(*entry).key)
	}
}

func (c *LRU) Put(key string, val []byte) {
	c.insert(&entry{key: key, val: val, tags: map[string]string{"origin": "put"}})
}

func (c *LRU) Warm(snapshot map[string][]byte) {
	keys := make([]string, 0, len(snapshot))
	for k := range snapshot {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c.insert(&entry{key: k, val: snapshot[k]})
	}
}

func (c *LRU) Tag(key, name, value string) bool {
	el, ok := c.items[key]
	if !ok {
		return false
	}
	c.ll.MoveToFront(el)
	e := el.Value.(*entry)
	if e.tags == nil {
		e.tags = map[string]string{}
	}
	e.tags[name] = value
	return true
}

func main() {
	c := NewLRU(3)
	c.Warm(map[string][]byte{"user:1": []byte("ann"), "user:2": []byte("bob")})
	c.Put("user:3", []byte("cid"))
	fmt.Println(c.Tag("user:3", "tenant", "acme"), c.Tag("user:9", "tenant", "acme"))
	fmt.Println(c.Tag("user:1", "tenant", "acme"))
}
