// A sliding request-rate window keeps one counts map per minute in a container/ring, but
// the constructor fills only the current slot; after the first rotation the comma-ok
// assertion on the empty slot yields a nil map and counting the next request panics.
package main

import (
	"container/ring"
	"fmt"
	"sort"
)

type window struct {
	slots *ring.Ring
}

func newWindow(minutes int) *window {
	r := ring.New(minutes)
	r.Value = make(map[string]int)
	return &window{slots: r}
}

// rotate moves to the next minute, forgetting what that slot counted a full window ago.
func (w *window) rotate() {
	w.slots = w.slots.Next()
	if counts, ok := w.slots.Value.(map[string]int); ok {
		clear(counts)
	}
}

func (w *window) hit(route string) {
	counts, _ := w.slots.Value.(map[string]int)
	counts[route]++ // want "nil map"
}

// totals sums every minute of the window.
func (w *window) totals() map[string]int {
	sum := make(map[string]int)
	w.slots.Do(func(v any) {
		counts, _ := v.(map[string]int)
		for route, n := range counts {
			sum[route] += n
		}
	})
	return sum
}

func main() {
	w := newWindow(5)
	minutes := [][]string{
		{"/login", "/search", "/search"},
		{"/search", "/cart"},
		{"/checkout"},
	}
	for i, routes := range minutes {
		if i > 0 {
			w.rotate()
		}
		for _, route := range routes {
			w.hit(route)
		}
	}
	sum := w.totals()
	routes := make([]string, 0, len(sum))
	for route := range sum {
		routes = append(routes, route)
	}
	sort.Strings(routes)
	for _, route := range routes {
		fmt.Printf("%-10s %d\n", route, sum[route])
	}
}
