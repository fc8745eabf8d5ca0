// A caching DNS resolver deduplicates concurrent lookups with singleflight and stores each
// answer in its cache from inside the flight function. Singleflight only merges calls for the
// same key, so the flights for two names run at once; each flight takes the cache's lock for
// its write.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/singleflight"
)

type resolver struct {
	mu      sync.RWMutex
	cache   map[string][]string
	flights singleflight.Group
}

func upstream(name string) []string {
	return []string{"10.0.0." + fmt.Sprint(len(name)), "10.0.1." + fmt.Sprint(len(name))}
}

func (r *resolver) lookup(name string) []string {
	r.mu.RLock()
	addrs, ok := r.cache[name]
	r.mu.RUnlock()
	if ok {
		return addrs
	}
	v, _, _ := r.flights.Do(name, func() (any, error) {
		addrs := upstream(name)
		r.mu.Lock()
		r.cache[name] = addrs
		r.mu.Unlock()
		return addrs, nil
	})
	return v.([]string)
}

func main() {
	r := &resolver{cache: make(map[string][]string)}
	names := []string{"api.internal", "db.internal"}
	var ready, wg sync.WaitGroup
	ready.Add(len(names))
	for _, n := range names {
		wg.Go(func() {
			ready.Done()
			ready.Wait()
			r.lookup(n)
		})
	}
	wg.Wait()
	var keys []string
	for k := range r.cache {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","))
}
