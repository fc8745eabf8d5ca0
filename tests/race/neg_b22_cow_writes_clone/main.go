// A gateway publishes its routing table copy-on-write through an atomic.Pointer: AddRoute
// clones the current table, writes the new route into the clone and stores it, so the
// table that requests pinned is never written.
package main

import (
	"maps"
	"os"
	"sync"
	"sync/atomic"
)

type gateway struct {
	mu    sync.Mutex // serialises writers; readers only Load
	table atomic.Pointer[map[string]string]
}

func newGateway(routes map[string]string) *gateway {
	g := &gateway{}
	g.table.Store(&routes)
	return g
}

func (g *gateway) AddRoute(prefix, backend string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	cur := *g.table.Load()
	next := maps.Clone(cur)
	next[prefix] = backend
	g.table.Store(&next)
}

// pin returns the table a request uses from start to end, even if routes change.
func (g *gateway) pin() map[string]string { return *g.table.Load() }

func serve(table map[string]string, paths []string) []string {
	backends := make([]string, 0, len(paths))
	for _, p := range paths {
		backends = append(backends, table[p])
	}
	return backends
}

func main() {
	g := newGateway(map[string]string{"/api": "api:8080", "/static": "cdn:80"})
	pinned := make(chan struct{})
	var wg sync.WaitGroup
	var served []string
	wg.Go(func() {
		table := g.pin()
		close(pinned)
		served = serve(table, []string{"/api", "/static", "/admin"})
	})
	<-pinned
	g.AddRoute("/admin", "admin:9000")
	wg.Wait()
	out := "served:"
	for _, b := range served {
		out += " [" + b + "]"
	}
	os.Stdout.WriteString(out + "\nnow /admin -> " + g.pin()["/admin"] + "\n")
}
