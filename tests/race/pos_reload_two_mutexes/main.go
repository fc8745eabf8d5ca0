// A gateway's route table with two mutexes: cfgMu for the routes, statsMu for the hit
// counters. Reload writes the routes under cfgMu, but resolve, which also counts hits,
// reads them under statsMu only, so a reload races the request path.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type gateway struct {
	cfgMu  sync.RWMutex
	routes map[string]string // prefix -> upstream

	statsMu sync.Mutex
	hits    map[string]int
}

func newGateway() *gateway {
	return &gateway{
		routes: map[string]string{"/api": "api:8080", "/static": "cdn:80"},
		hits:   map[string]int{},
	}
}

// reload applies "prefix=upstream" lines from the config service.
func (g *gateway) reload(lines []string) {
	g.cfgMu.Lock()
	defer g.cfgMu.Unlock()
	for _, l := range lines {
		if prefix, upstream, ok := strings.Cut(l, "="); ok {
			g.routes[prefix] = upstream // want "concurrent map write"
		}
	}
}

func (g *gateway) resolve(path string) string {
	g.statsMu.Lock()
	defer g.statsMu.Unlock()
	prefix := "/" + strings.SplitN(strings.TrimPrefix(path, "/"), "/", 2)[0]
	g.hits[prefix]++
	return g.routes[prefix] // other access
}

func main() {
	g := newGateway()
	var ready, wg sync.WaitGroup
	ready.Add(2)
	wg.Add(1)
	go func() {
		defer wg.Done()
		ready.Done()
		ready.Wait()
		g.reload([]string{"/api=api-v2:8080", "/admin=admin:9000"})
	}()
	ready.Done()
	ready.Wait()
	up := g.resolve("/api/users")
	wg.Wait()
	fmt.Println(up != "", len(g.routes), g.hits["/api"])
}
