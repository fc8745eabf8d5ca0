// A generic service registry guards its entries with a RWMutex. All returns the entries for a
// status page, but it returns the live map itself: the read lock is released when All returns,
// so the page ranging over the result races with a service registering itself. Main takes the
// snapshot, starts the late registration and then renders the page.
package main

import (
	"sort"
	"strings"
	"sync"
)

type Registry[T any] struct {
	mu      sync.RWMutex
	entries map[string]T
}

func NewRegistry[T any]() *Registry[T] {
	return &Registry[T]{entries: make(map[string]T)}
}

func (r *Registry[T]) Register(name string, v T) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.entries[name] = v // want "concurrent map write"
}

func (r *Registry[T]) All() map[string]T {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.entries
}

type Endpoint struct {
	Addr    string
	Healthy bool
}

func render(all map[string]Endpoint) string {
	var rows []string
	for name, ep := range all { // other access
		state := "down"
		if ep.Healthy {
			state = "up"
		}
		rows = append(rows, name+" "+ep.Addr+" "+state)
	}
	sort.Strings(rows)
	return strings.Join(rows, "\n")
}

func main() {
	reg := NewRegistry[Endpoint]()
	reg.Register("billing", Endpoint{Addr: "10.0.0.4:8443", Healthy: true})
	reg.Register("search", Endpoint{Addr: "10.0.0.9:9200", Healthy: false})

	all := reg.All()
	var wg sync.WaitGroup
	wg.Go(func() {
		reg.Register("payments", Endpoint{Addr: "10.0.0.12:8443", Healthy: true})
	})
	page := render(all)
	wg.Wait()
	println(page)
}
