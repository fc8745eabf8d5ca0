// A caching DNS resolver collapses concurrent lookups of one host onto a single in-flight call.
// The leader stores the answer in the cache under the mutex, but it removes its in-flight entry
// after unlocking (the delete was moved below the Unlock in a cleanup), so two leaders for
// different hosts finishing together delete from the in-flight map at once. The fake upstream
// answers only when both lookups are in flight.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type call struct {
	done chan struct{}
	ips  []string
}

type Resolver struct {
	mu       sync.Mutex
	cache    map[string][]string
	inflight map[string]*call
	upstream func(host string) []string
}

func (r *Resolver) Lookup(host string) []string {
	r.mu.Lock()
	if ips, ok := r.cache[host]; ok {
		r.mu.Unlock()
		return ips
	}
	if c, ok := r.inflight[host]; ok {
		r.mu.Unlock()
		<-c.done
		return c.ips
	}
	c := &call{done: make(chan struct{})}
	r.inflight[host] = c
	r.mu.Unlock()

	c.ips = r.upstream(host)
	r.mu.Lock()
	r.cache[host] = c.ips
	r.mu.Unlock()
	delete(r.inflight, host) // want "concurrent map write"
	close(c.done)
	return c.ips
}

func main() {
	var asked sync.WaitGroup
	asked.Add(2)
	zone := map[string][]string{
		"api.internal":   {"10.2.0.4", "10.2.0.5"},
		"db.internal":    {"10.3.0.9"},
		"cache.internal": {"10.4.0.1"},
	}
	r := &Resolver{
		cache:    make(map[string][]string),
		inflight: make(map[string]*call),
		upstream: func(host string) []string {
			asked.Done()
			asked.Wait()
			return zone[host]
		},
	}
	answers := make([][]string, 2)
	var wg sync.WaitGroup
	for i, host := range []string{"api.internal", "db.internal"} {
		wg.Go(func() { answers[i] = r.Lookup(host) })
	}
	wg.Wait()
	hosts := make([]string, 0, len(r.cache))
	for h := range r.cache {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	fmt.Println(hosts, answers)
}
