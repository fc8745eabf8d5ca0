// The near miss of pos_b20_generic_ring_slot_overwritten: Push still overwrites the whole slot
// with a fresh Entry literal, but the literal carries the slot's preallocated map (cleared), so
// annotating the newest entry writes into a made map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Entry[T any] struct {
	Item  T
	Notes map[string]string
}

type Ring[T any] struct {
	slots []Entry[T]
	next  int
	size  int
}

func NewRing[T any](n int) *Ring[T] {
	r := &Ring[T]{slots: make([]Entry[T], n)}
	for i := range r.slots {
		r.slots[i].Notes = make(map[string]string)
	}
	return r
}

func (r *Ring[T]) Push(item T) *Entry[T] {
	slot := &r.slots[r.next]
	notes := slot.Notes
	clear(notes)
	*slot = Entry[T]{Item: item, Notes: notes}
	r.next = (r.next + 1) % len(r.slots)
	if r.size < len(r.slots) {
		r.size++
	}
	return slot
}

func (r *Ring[T]) Each(fn func(Entry[T])) {
	for i := 0; i < r.size; i++ {
		fn(r.slots[(r.next-r.size+i+len(r.slots))%len(r.slots)])
	}
}

type request struct {
	Method, Path string
}

func main() {
	recent := NewRing[request](3)
	for _, line := range []string{"GET /", "POST /login", "GET /static/app.js", "GET /api/me"} {
		method, path, _ := strings.Cut(line, " ")
		e := recent.Push(request{Method: method, Path: path})
		if strings.HasPrefix(path, "/api/") {
			e.Notes["auth"] = "bearer"
		}
	}
	recent.Each(func(e Entry[request]) {
		keys := make([]string, 0, len(e.Notes))
		for k, v := range e.Notes {
			keys = append(keys, k+"="+v)
		}
		sort.Strings(keys)
		fmt.Println(e.Item.Method, e.Item.Path, keys)
	})
}
