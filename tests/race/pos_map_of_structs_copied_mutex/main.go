// A rate-limiting middleware keeps one window per route in a map of structs, each window with
// its own mutex and its per-client hit counts. allow copies the window out of the map, mutex
// included, so every request locks its own copy of the mutex while all copies share the hits
// map; two requests on one route count together.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type window struct {
	mu   sync.Mutex
	hits map[string]int // client -> requests in this window
}

type limiter struct {
	routes  map[string]window
	limit   int
	arrived sync.WaitGroup
}

func newLimiter(limit int, routes ...string) *limiter {
	l := &limiter{routes: make(map[string]window), limit: limit}
	for _, r := range routes {
		l.routes[r] = window{hits: make(map[string]int)}
	}
	return l
}

func (l *limiter) allow(route, client string) bool {
	w, ok := l.routes[route] // root cause
	if !ok {
		return true
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.hits[client]++                 // want "concurrent map write"
	return w.hits[client] <= l.limit // other access
}

func (l *limiter) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.arrived.Done()
		l.arrived.Wait()
		if !l.allow(r.URL.Path, r.Header.Get("X-Client")) {
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	l := newLimiter(100, "/search", "/checkout")
	l.arrived.Add(2)
	ts := httptest.NewServer(l.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})))
	defer ts.Close()
	var clients sync.WaitGroup
	for _, client := range []string{"c1", "c2"} {
		clients.Go(func() {
			req, _ := http.NewRequest(http.MethodGet, ts.URL+"/search", nil)
			req.Header.Set("X-Client", client)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	clients.Wait()
	fmt.Println(len(l.routes["/search"].hits))
}
