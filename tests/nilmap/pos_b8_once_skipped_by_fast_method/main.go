// A metrics registry makes its counter table once, on first use, with sync.Once. Add goes
// through the Once; the batch-import path used at startup was added later as a "fast path"
// that skips it, so importing a snapshot before any Add writes into the nil table.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	once     sync.Once
	mu       sync.Mutex
	counters map[string]int64
}

func (r *Registry) init() {
	r.counters = make(map[string]int64)
}

func (r *Registry) Add(name string, n int64) {
	r.once.Do(r.init)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.counters[name] += n
}

// Import restores counters saved by the previous process.
func (r *Registry) Import(snapshot map[string]int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for name, n := range snapshot {
		r.counters[name] = n // want "nil map"
	}
}

func (r *Registry) Names() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	names := make([]string, 0, len(r.counters))
	for n := range r.counters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func main() {
	var reg Registry
	reg.Import(map[string]int64{"http_requests_total": 1200})
	reg.Add("http_requests_total", 1)
	fmt.Println(reg.Names())
}
