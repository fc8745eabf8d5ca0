// An LRU session cache keeps *session values in a container/list; Touch asserts the element's
// Value to the pointer type it stored, so the attribute lands in the session's own made map.
package main

import (
	"container/list"
	"fmt"
	"sort"
)

type session struct {
	id    string
	attrs map[string]string
}

type SessionCache struct {
	max   int
	order *list.List
	index map[string]*list.Element
}

func NewSessionCache(max int) *SessionCache {
	return &SessionCache{max: max, order: list.New(), index: map[string]*list.Element{}}
}

func (c *SessionCache) Open(id string) {
	if e, ok := c.index[id]; ok {
		c.order.MoveToFront(e)
		return
	}
	c.index[id] = c.order.PushFront(&session{id: id, attrs: map[string]string{}})
	if c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.index, last.Value.(*session).id)
	}
}

func (c *SessionCache) Touch(id, key, value string) bool {
	e, ok := c.index[id]
	if !ok {
		return false
	}
	c.order.MoveToFront(e)
	s := e.Value.(*session)
	s.attrs[key] = value
	return true
}

func (c *SessionCache) Dump() []string {
	var out []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		s := e.Value.(*session)
		keys := make([]string, 0, len(s.attrs))
		for k := range s.attrs {
			keys = append(keys, k+"="+s.attrs[k])
		}
		sort.Strings(keys)
		out = append(out, fmt.Sprint(s.id, keys))
	}
	return out
}

func main() {
	cache := NewSessionCache(2)
	for _, id := range []string{"alice", "bob", "carol"} {
		cache.Open(id)
	}
	if !cache.Touch("carol", "theme", "dark") {
		fmt.Println("carol evicted")
	}
	for _, line := range cache.Dump() {
		fmt.Println(line)
	}
}
