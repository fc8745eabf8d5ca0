// A latency tracker keeps, per route, a fixed ring of four window structs by value in a map;
// registering a route makes each window's counts map, but a request for a route that was never
// registered reads the zero array, and counting its status writes into a nil map.
package main

import (
	"fmt"
	"sort"
)

const slots = 4

type window struct {
	start  int
	counts map[int]int
}

type Tracker struct {
	windows map[string][slots]window
}

func NewTracker(routes ...string) *Tracker {
	t := &Tracker{windows: make(map[string][slots]window)}
	for _, r := range routes {
		var ring [slots]window
		for i := range ring {
			ring[i] = window{start: i * 15, counts: make(map[int]int)}
		}
		t.windows[r] = ring
	}
	return t
}

func (t *Tracker) Observe(route string, minute, status int) {
	slot := (minute / 15) % slots
	t.windows[route][slot].counts[status]++ // want "nil map"
}

func (t *Tracker) Dump() {
	routes := make([]string, 0, len(t.windows))
	for r := range t.windows {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		for _, w := range t.windows[r] {
			if len(w.counts) > 0 {
				fmt.Println(r, w.start, w.counts)
			}
		}
	}
}

type request struct {
	route          string
	minute, status int
}

func main() {
	t := NewTracker("/login", "/search")
	log := []request{
		{"/login", 3, 200}, {"/search", 17, 200}, {"/search", 48, 503},
		{"/export", 50, 200}, {"/login", 59, 401},
	}
	for _, r := range log {
		t.Observe(r.route, r.minute, r.status)
	}
	t.Dump()
}
