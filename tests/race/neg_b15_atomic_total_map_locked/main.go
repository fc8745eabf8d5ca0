// An ingest service's metrics keep the total request count in an atomic.Int64 and the per-route
// counts in a map guarded by a mutex of its own. Two workers of the ingest pool observe their
// batches at once, and the per-route updates take turns under the mutex. The near miss of
// pos_b15_atomic_total_beside_map.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Metrics struct {
	total   atomic.Int64
	mu      sync.Mutex
	byRoute map[string]int64
}

func NewMetrics() *Metrics {
	return &Metrics{byRoute: make(map[string]int64)}
}

func (m *Metrics) Observe(route string, n int64) {
	m.total.Add(n)
	m.mu.Lock()
	m.byRoute[route] += n
	m.mu.Unlock()
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
