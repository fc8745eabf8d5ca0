// A service registry exposes its endpoints as a Go 1.23 iterator. Register writes under the
// registry's lock, but the iterator All returns ranges over the live map without it, so the
// status page iterating the registry races with the discovery watcher registering an instance.
package main

import (
	"fmt"
	"iter"
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
	r.eps[name] = e // want "concurrent map write"
}

// All yields every endpoint; callers may stop early.
func (r *Registry) All() iter.Seq2[string, Endpoint] {
	return func(yield func(string, Endpoint) bool) {
		for name, e := range r.eps { // other access
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
