// A router replaces its table copy-on-write through an atomic.Pointer; AddRoute clones the
// current map and publishes the clone before adding the route to it, so a readiness probe that
// loads the new table ranges the map while the writer is still filling it.
package main

import (
	"maps"
	"os"
	"strings"
	"sync"
	"sync/atomic"
)

type Router struct {
	mu     sync.Mutex // serialises writers
	routes atomic.Pointer[map[string]string]
}

func NewRouter(initial map[string]string) *Router {
	rt := &Router{}
	rt.routes.Store(&initial)
	return rt
}

func (rt *Router) AddRoute(prefix, backend string) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	next := maps.Clone(*rt.routes.Load())
	rt.routes.Store(&next)
	next[prefix] = backend // want "concurrent map write"
}

func (rt *Router) Lookup(path string) (string, bool) {
	table := *rt.routes.Load()
	best, backend := "", ""
	for prefix, b := range table { // other access
		if strings.HasPrefix(path, prefix) && len(prefix) > len(best) {
			best, backend = prefix, b
		}
	}
	return backend, best != ""
}

func main() {
	rt := NewRouter(map[string]string{"/api/": "api:8080", "/static/": "cdn:80"})
	var wg sync.WaitGroup
	var backend string
	wg.Go(func() {
		// The readiness probe polls until the new backend is routable.
		for {
			if b, ok := rt.Lookup("/billing/invoices"); ok {
				backend = b
				return
			}
		}
	})
	rt.AddRoute("/billing/", "billing:9000")
	wg.Wait()
	os.Stdout.WriteString("ready: " + backend + "\n")
}
