// A near miss of pos_lru_warm_entries_untagged: Warm pushes a bare marker of another type for
// a key it only reserves, and entries with their tags map; Tag asserts the element's value to
// *entry with comma-ok and tags only a real entry, whose map is made.
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

// marker is what Warm pushes for a key it only reserves: no value, no tags.
type marker struct {
	key string
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
		if old, ok := oldest.Value.(*entry); ok {
			delete(c.items, old.key)
		}
	}
}

func (c *LRU) reserve(m *marker) {
	c.items[m.key] = c.ll.PushBack(m)
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
		if snapshot[k] == nil {
			c.reserve(&marker{key: k})
			continue
		}
		c.insert(&entry{key: k, val: snapshot[k], tags: map[string]string{"origin": "warm"}})
	}
}

func (c *LRU) Tag(key, name, value string) bool {
	el, ok := c.items[key]
	if !ok {
		return false
	}
	e, isEntry := el.Value.(*entry)
	if !isEntry {
		return false
	}
	c.ll.MoveToFront(el)
	e.tags[name] = value
	return true
}

func main() {
	c := NewLRU(3)
	c.Warm(map[string][]byte{"user:1": []byte("ann"), "user:2": nil})
	c.Put("user:3", []byte("cid"))
	fmt.Println(c.Tag("user:3", "tenant", "acme"), c.Tag("user:9", "tenant", "acme"))
	fmt.Println(c.Tag("user:1", "tenant", "acme"))
}
