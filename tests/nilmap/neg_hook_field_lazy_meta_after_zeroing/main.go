// The evicting LRU of pos_b25_evict_hook_after_entry_zeroed with a hook that makes the
// entry's meta map when it finds it nil: the zeroing still runs first, but the only function
// the module stores into OnEvict tests the map before writing it.
package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key   string
	value []byte
	meta  map[string]string
}

type LRU struct {
	cap     int
	order   *list.List
	items   map[string]*list.Element
	OnEvict func(e *entry)
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, order: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Put(key string, value []byte) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	if c.order.Len() == c.cap {
		oldest := c.order.Back()
		e := oldest.Value.(*entry)
		delete(c.items, e.key)
		c.order.Remove(oldest)
		*e = entry{}
		if c.OnEvict != nil {
			c.OnEvict(e)
		}
	}
	e := &entry{key: key, value: value, meta: map[string]string{"source": "origin"}}
	c.items[key] = c.order.PushFront(e)
}

func main() {
	var evicted []string
	c := NewLRU(2)
	c.OnEvict = func(e *entry) {
		if e.meta == nil {
			e.meta = make(map[string]string)
		}
		e.meta["evicted"] = "capacity"
		evicted = append(evicted, e.key+" "+e.meta["source"])
	}
	for _, k := range []string{"/a.css", "/b.js", "/a.css", "/c.png"} {
		c.Put(k, []byte(k))
	}
	fmt.Println(c.order.Len(), evicted)
}
