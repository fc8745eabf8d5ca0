// An ingest service's metrics keep the total request count in an atomic.Int64 and the per-route
// counts in a plain map next to it, as if the atomic made the whole Observe safe. Two workers of
// the ingest pool observe their batches at once (a start barrier), counting into the map together.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Metrics struct {
	total   atomic.Int64
	byRoute map[string]int64
}

func NewMetrics() *Metrics {
	return &Metrics{byRoute: make(map[string]int64)}
}

func (m *Metrics) Observe(route string, n int64) {
	m.total.Add(n)
	m.byRoute[route] += n // want "concurrent map write"
}

type batch struct {
	route string
	items []string
}

func ingest(m *Metrics, b batch) int {
	stored := 0
	for _, it := range b.items {
		if it != "" {
			stored++
		}
	}
	m.Observe(b.route, int64(stored))
	return stored
}

func main() {
	m := NewMetrics()
	batches := []batch{
		{"/v1/events", []string{"click", "view", "", "click"}},
		{"/v1/logs", []string{"GET /", "POST /login"}},
	}

	var start sync.WaitGroup
	start.Add(len(batches))
	var wg sync.WaitGroup
	for _, b := range batches {
		wg.Go(func() {
			start.Done()
			start.Wait()
			ingest(m, b)
		})
	}
	wg.Wait()

	routes := make([]string, 0, len(m.byRoute))
	for r := range m.byRoute {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		fmt.Println(r, m.byRoute[r])
	}
	fmt.Println("total", m.total.Load())
}
