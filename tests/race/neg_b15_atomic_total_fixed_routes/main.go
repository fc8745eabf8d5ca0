// An ingest service's metrics keep the total request count and one atomic counter per route. The
// route map is filled by the constructor with every route the service serves and only read after
// that, so two workers of the ingest pool observing their batches at once only add to atomics. The
// near miss of pos_b15_atomic_total_beside_map.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Metrics struct {
	total   atomic.Int64
	byRoute map[string]*atomic.Int64
}

func NewMetrics(routes ...string) *Metrics {
	m := &Metrics{byRoute: make(map[string]*atomic.Int64, len(routes))}
	for _, r := range routes {
		m.byRoute[r] = new(atomic.Int64)
	}
	return m
}

func (m *Metrics) Observe(route string, n int64) {
	m.total.Add(n)
	if c, ok := m.byRoute[route]; ok {
		c.Add(n)
	}
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
	m := NewMetrics("/v1/events", "/v1/logs")
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
		fmt.Println(r, m.byRoute[r].Load())
	}
	fmt.Println("total", m.total.Load())
}
