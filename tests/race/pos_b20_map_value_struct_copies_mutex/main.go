// A per-service hit registry stores tally structs (a mutex and a map) by value in its map;
// every Hit copies the tally out, mutex included, so two callers lock two copies of the mutex
// around the one hits map they share.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type tally struct {
	mu   sync.Mutex
	hits map[string]int
}

type Registry struct {
	tallies map[string]tally
}

func NewRegistry(services ...string) *Registry {
	r := &Registry{tallies: make(map[string]tally, len(services))}
	for _, s := range services {
		r.tallies[s] = tally{hits: map[string]int{}}
	}
	return r
}

func (r *Registry) Hit(service, path string) {
	t := r.tallies[service] // root cause
	t.mu.Lock()
	t.hits[path]++ // want "concurrent map write"
	t.mu.Unlock()
}

func (r *Registry) Report(service string) string {
	t := r.tallies[service]
	var parts []string
	for p, n := range t.hits {
		parts = append(parts, p+"="+strconv.Itoa(n))
	}
	sort.Strings(parts)
	return service + ": " + strings.Join(parts, " ")
}

func main() {
	reg := NewRegistry("billing", "search")
	start := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-start
		reg.Hit("billing", "/invoices")
		reg.Hit("billing", "/refunds")
	}()
	close(start)
	reg.Hit("billing", "/invoices")
	<-done
	os.Stdout.WriteString(reg.Report("billing") + "\n")
}
