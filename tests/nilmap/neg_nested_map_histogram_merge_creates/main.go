// A metrics service keeps per-route latency histograms and merges each shard's into a
// global one. The merge creates the global route's buckets when the shard saw a route the
// global histogram has not, the way Observe does, so every write finds its inner map.
package main

import (
	"fmt"
	"sort"
)

var bounds = []float64{0.05, 0.1, 0.5, 1}

type Histograms struct {
	byRoute map[string]map[float64]int
}

func NewHistograms() *Histograms {
	return &Histograms{byRoute: make(map[string]map[float64]int)}
}

func (h *Histograms) Observe(route string, seconds float64) {
	b, ok := h.byRoute[route]
	if !ok {
		b = make(map[float64]int, len(bounds))
		h.byRoute[route] = b
	}
	for _, le := range bounds {
		if seconds <= le {
			b[le]++
		}
	}
}

func (h *Histograms) Merge(shard *Histograms) {
	for route, buckets := range shard.byRoute {
		if _, ok := h.byRoute[route]; !ok {
			h.byRoute[route] = make(map[float64]int, len(bounds))
		}
		for le, n := range buckets {
			h.byRoute[route][le] += n
		}
	}
}

func main() {
	global := NewHistograms()
	global.Observe("/checkout", 0.07)
	shard := NewHistograms()
	shard.Observe("/checkout", 0.4)
	global.Merge(shard)
	shard2 := NewHistograms()
	shard2.Observe("/search", 0.02)
	global.Merge(shard2)
	routes := make([]string, 0, len(global.byRoute))
	for r := range global.byRoute {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	fmt.Println(routes, global.byRoute["/checkout"][0.5])
}
