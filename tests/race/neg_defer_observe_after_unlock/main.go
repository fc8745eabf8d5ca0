// An API gateway records per-route latency with the usual one-line defer at the top of its
// handler. observe expects the gateway's mutex to be held, and its defer comes after the
// Lock and its deferred Unlock; deferred calls run last in, first out, so observe runs before
// the unlock, and requests record their latency one at a time.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

type gateway struct {
	mu      sync.Mutex
	routes  map[string]string        // path -> upstream
	hits    map[string]int           // path -> requests
	latency map[string]time.Duration // path -> latency of the last request
}

// observe records a finished request; the caller holds g.mu.
func (g *gateway) observe(route string, start time.Time) {
	g.latency[route] = time.Since(start)
}

func (g *gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	route := r.URL.Path
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.observe(route, time.Now())
	g.hits[route]++
	upstream, ok := g.routes[route]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("X-Upstream", upstream)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	g := &gateway{
		routes:  map[string]string{"/orders": "orders:8080", "/users": "users:8080"},
		hits:    map[string]int{},
		latency: map[string]time.Duration{},
	}
	var ready, wg sync.WaitGroup
	ready.Add(2)
	codes := make([]int, 2)
	for i, path := range []string{"/orders", "/users"} {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest("GET", path, nil)
			ready.Done()
			ready.Wait()
			g.ServeHTTP(rec, req)
			codes[i] = rec.Code
		})
	}
	wg.Wait()
	fmt.Println(codes, g.hits)
}
