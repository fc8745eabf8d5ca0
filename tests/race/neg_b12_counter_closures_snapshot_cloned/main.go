// A request counter is a pair of closures over one private map and mutex: inc counts a route
// under the lock, and snapshot returns a clone made under the lock. Every hundred requests the
// server starts an asynchronous export of snapshot(); the export goroutine ranges over its own
// copy while the server keeps counting into the original.
package main

import (
	"maps"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func NewCounter() (inc func(route string), snapshot func() map[string]int) {
	var mu sync.Mutex
	counts := make(map[string]int)
	inc = func(route string) {
		mu.Lock()
		counts[route]++
		mu.Unlock()
	}
	snapshot = func() map[string]int {
		mu.Lock()
		defer mu.Unlock()
		return maps.Clone(counts)
	}
	return inc, snapshot
}

type Exporter struct {
	wg      sync.WaitGroup
	batches [][]string
	mu      sync.Mutex
}

func (e *Exporter) export(counts map[string]int) {
	defer e.wg.Done()
	var lines []string
	for route, n := range counts {
		lines = append(lines, route+" "+strconv.Itoa(n))
	}
	sort.Strings(lines)
	e.mu.Lock()
	e.batches = append(e.batches, lines)
	e.mu.Unlock()
}

func main() {
	inc, snapshot := NewCounter()
	exp := &Exporter{}
	routes := []string{"GET /", "GET /cart", "POST /cart", "GET /search"}
	for i := 1; i <= 250; i++ {
		inc(routes[i%len(routes)])
		if i%100 == 0 {
			exp.wg.Add(1)
			go exp.export(snapshot())
		}
	}
	exp.wg.Wait()
	for _, b := range exp.batches {
		println(strings.Join(b, "; "))
	}
}
