// A near miss of a span recycled through a free list after its release drops the attribute
// map: the recorder makes the map again whenever it hands out a recycled span, so every
// attribute is set on a made map.
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
		s.attrs = make(map[string]string)
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
	s.attrs = nil
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
