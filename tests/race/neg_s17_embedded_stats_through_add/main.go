// A reverse proxy embeds a Stats value that has its own mutex, and has a mutex of its own for the
// route table. Forward counts through the embedded Stats' Add, which takes the Stats' mutex, as
// the health prober's Add does: the counts map is written under one lock everywhere. The near
// miss of pos_b11_embedded_stats_outer_mutex, whose Forward writes the promoted field under the
// proxy's own mutex.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *Stats) Add(name string) {
	s.mu.Lock()
	s.counts[name]++
	s.mu.Unlock()
}

type Proxy struct {
	mu     sync.Mutex // guards routes
	routes map[string]string
	Stats
}

func NewProxy() *Proxy {
	return &Proxy{routes: make(map[string]string), Stats: Stats{counts: make(map[string]int)}}
}

func (p *Proxy) Route(prefix, backend string) {
	p.mu.Lock()
	p.routes[prefix] = backend
	p.mu.Unlock()
}

func (p *Proxy) Forward(path string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	for prefix, backend := range p.routes {
		if strings.HasPrefix(path, prefix) {
			p.Add("forwarded")
			return backend + path
		}
	}
	return ""
}

// probe runs in the background and counts failed health checks.
func probe(p *Proxy, backends []string, healthy func(string) bool) {
	for _, b := range backends {
		if !healthy(b) {
			p.Add("probe_failed")
		}
	}
}

func main() {
	p := NewProxy()
	p.Route("/api/", "http://10.0.1.5:8080")
	p.Route("/img/", "http://10.0.1.9:8081")

	var wg sync.WaitGroup
	start := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-start
		probe(p, []string{"10.0.1.5", "10.0.1.9"}, func(b string) bool { return b != "10.0.1.9" })
	}()
	close(start)
	target := p.Forward("/api/v1/users")
	wg.Wait()
	p.Stats.mu.Lock()
	fmt.Println(target, p.counts["forwarded"], p.counts["probe_failed"])
	p.Stats.mu.Unlock()
}
