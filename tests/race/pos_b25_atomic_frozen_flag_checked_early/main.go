// A router lets plugins register routes until it is frozen, an atomic flag checked on entry
// to Register. The plugin loader checks the flag and reports the plugin loaded before it
// stores its routes, so the server freezing the router and listing the routes on that report
// ranges over the map the loader is still writing.
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"sync/atomic"
)

type router struct {
	frozen atomic.Bool
	routes map[string]string
}

type plugin struct {
	name   string
	routes []string
}

func (r *router) load(p plugin, loaded chan<- string) {
	if r.frozen.Load() {
		loaded <- p.name + " rejected"
		return
	}
	loaded <- p.name
	for _, path := range p.routes {
		r.routes[path] = p.name // want "concurrent map write"
	}
}

func (r *router) serve() []string {
	r.frozen.Store(true)
	var table []string
	for path, owner := range r.routes { // other access
		table = append(table, path+" -> "+owner)
	}
	sort.Strings(table)
	return table
}

func main() {
	r := &router{routes: map[string]string{"/healthz": "core"}}
	loaded := make(chan string)
	var wg sync.WaitGroup
	wg.Go(func() {
		r.load(plugin{name: "billing", routes: []string{"/invoices", "/refunds"}}, loaded)
	})
	fmt.Fprintln(os.Stderr, "plugin loaded:", <-loaded)
	table := r.serve()
	wg.Wait()
	fmt.Fprintln(os.Stdout, table)
}
