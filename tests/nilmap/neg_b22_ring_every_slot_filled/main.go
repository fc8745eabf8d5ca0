// A sliding request-rate window keeps one counts map per minute in a container/ring, and
// the constructor fills every slot, so after a rotation the comma-ok assertion on the next
// slot yields its own map and counting the next request works.
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
	for i := 0; i < minutes; i++ {
		r.Value = make(map[string]int)
		r = r.Next()
	}
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
	counts[route]++
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
