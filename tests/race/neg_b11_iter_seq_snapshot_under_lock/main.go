// A service registry exposes its endpoints as a Go 1.23 iterator. Register writes under the
// registry's lock, and the iterator All returns copies the map under the read lock before
// yielding from the copy, so the status page and the discovery watcher never share the live map
// unlocked.
package main

import (
	"fmt"
	"iter"
	"maps"
	"sort"
	"sync"
)

type Endpoint struct {
	Addr    string
	Healthy bool
}

type Registry struct {
	mu  sync.RWMutex
	eps map[string]Endpoint
}

func NewRegistry() *Registry { return &Registry{eps: make(map[string]Endpoint)} }

func (r *Registry) Register(name string, e Endpoint) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.eps[name] = e
}

// All yields every endpoint; callers may stop early.
func (r *Registry) All() iter.Seq2[string, Endpoint] {
	return func(yield func(string, Endpoint) bool) {
		r.mu.RLock()
		snap := maps.Clone(r.eps)
		r.mu.RUnlock()
		for name, e := range snap {
			if !yield(name, e) {
				return
			}
		}
	}
}

func statusPage(r *Registry) []string {
	var lines []string
	for name, e := range r.All() {
		state := "down"
		if e.Healthy {
			state = "up"
		}
		lines = append(lines, name+" "+e.Addr+" "+state)
	}
	sort.Strings(lines)
	return lines
}

// watch applies discovery events as they arrive.
func watch(r *Registry, events <-chan Endpoint, started chan<- struct{}) {
	close(started)
	for e := range events {
		r.Register("search-"+e.Addr, e)
	}
}

func main() {
	reg := NewRegistry()
	reg.Register("search-a", Endpoint{Addr: "10.2.0.4:9200", Healthy: true})

	events := make(chan Endpoint, 1)
	events <- Endpoint{Addr: "10.2.0.7:9200", Healthy: true}
	close(events)
	started := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		watch(reg, events, started)
	}()
	<-started
	page := statusPage(reg)
	wg.Wait()
	fmt.Println(len(page) > 0, len(statusPage(reg)))
}
