// A per-service hit registry stores pointers to tally structs (a mutex and a map) in its map;
// every Hit locks the one mutex of the service's tally around the hits map.
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
	tallies map[string]*tally
}

func NewRegistry(services ...string) *Registry {
	r := &Registry{tallies: make(map[string]*tally, len(services))}
	for _, s := range services {
		r.tallies[s] = &tally{hits: map[string]int{}}
	}
	return r
}

func (r *Registry) Hit(service, path string) {
	t := r.tallies[service]
	t.mu.Lock()
	t.hits[path]++
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
