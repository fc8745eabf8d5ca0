// A reverse proxy embeds a Stats value that has its own mutex and guards its route table with that
// mutex too (it has none of its own). Forward counts through the promoted counts field while
// holding p.mu, which is the embedded Stats' mutex, the one the health prober's Add takes.
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
	routes map[string]string // guarded by the embedded Stats' mu
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
			p.counts["forwarded"]++
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
	fmt.Println(target, p.counts["forwarded"], p.counts["probe_failed"])
}
