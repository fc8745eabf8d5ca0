// A tracing recorder recycles span structs through its own free list. release empties the
// attribute map with clear and keeps it, and acquire only resets the name of a recycled
// span, so a recycled span sets its attributes in its old, emptied map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type span struct {
	name  string
	attrs map[string]string
}

func (s *span) set(key, value string) {
	s.attrs[key] = value
}

type recorder struct {
	free     []*span
	finished []string
}

func (r *recorder) acquire(name string) *span {
	if n := len(r.free); n > 0 {
		s := r.free[n-1]
		r.free = r.free[:n-1]
		s.name = name
		return s
	}
	return &span{name: name, attrs: make(map[string]string)}
}

func (r *recorder) release(s *span) {
	keys := make([]string, 0, len(s.attrs))
	for k, v := range s.attrs {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	r.finished = append(r.finished, s.name+"{"+strings.Join(keys, ",")+"}")
	clear(s.attrs)
	r.free = append(r.free, s)
}

func handle(r *recorder, route string, status int) {
	s := r.acquire("http " + route)
	defer r.release(s)
	s.set("route", route)
	s.set("status", fmt.Sprint(status))
}

func main() {
	r := &recorder{}
	handle(r, "/login", 200)
	handle(r, "/cart", 404)
	fmt.Println(r.finished)
}
