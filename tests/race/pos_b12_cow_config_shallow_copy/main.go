// A gateway keeps its config behind an atomic.Pointer and reloads it copy-on-write: SetLimit
// copies the current Config, changes the copy and publishes it, and each request loads the config
// once and uses that snapshot throughout. The copy is shallow, though: next.Limits is the map the
// published config still holds, so the admin's new limit is written into the map an in-flight
// request is reading.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version  int
	Upstream string
	Limits   map[string]int
}

type Gateway struct {
	cfg      atomic.Pointer[Config]
	inflight map[string]int // touched only by the request goroutine in this demo
}

func (g *Gateway) SetLimit(route string, n int) {
	cur := g.cfg.Load()
	next := *cur
	next.Version++
	next.Limits[route] = n // want "concurrent map write"
	g.cfg.Store(&next)
}

// serve handles a batch of calls on one keep-alive connection with one config snapshot.
func (g *Gateway) serve(routes []string, accepted chan<- struct{}) (allowed int) {
	cfg := g.cfg.Load()
	close(accepted)
	for _, r := range routes {
		if g.inflight[r] < cfg.Limits[r] { // other access
			g.inflight[r]++
			allowed++
		}
	}
	return allowed
}

func main() {
	g := &Gateway{inflight: make(map[string]int)}
	g.cfg.Store(&Config{Version: 1, Upstream: "http://orders:8080",
		Limits: map[string]int{"/orders": 2, "/search": 1}})

	accepted := make(chan struct{})
	var wg sync.WaitGroup
	var allowed int
	wg.Add(1)
	go func() {
		defer wg.Done()
		allowed = g.serve([]string{"/orders", "/orders", "/search", "/orders", "/search"}, accepted)
	}()
	<-accepted
	g.SetLimit("/search", 5)
	wg.Wait()
	fmt.Println("allowed", allowed, "config version", g.cfg.Load().Version)
}
