// A service starts its plugins in parallel to cut boot time. Each plugin's Init registers its
// HTTP routes through the registrar it is given, whose Handle writes the routes map without a
// lock because registration "only happens at startup"; every plugin is given the app's one
// registrar, so two plugins initialising at once register together.
package main

import (
	"fmt"
	"net/http"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Registrar struct {
	routes map[string]http.HandlerFunc
}

func (r *Registrar) Handle(pattern string, h http.HandlerFunc) {
	r.routes[pattern] = h // want "concurrent map write"
}

type Plugin interface {
	Init(r *Registrar) error
}

// connected stands in for each plugin dialling its backend during Init.
var connected sync.WaitGroup

type billing struct{}

func (billing) Init(r *Registrar) error {
	connected.Done()
	connected.Wait()
	r.Handle("/billing/invoices", func(http.ResponseWriter, *http.Request) {})
	r.Handle("/billing/refunds", func(http.ResponseWriter, *http.Request) {})
	return nil
}

type search struct{}

func (search) Init(r *Registrar) error {
	connected.Done()
	connected.Wait()
	r.Handle("/search", func(http.ResponseWriter, *http.Request) {})
	r.Handle("/search/suggest", func(http.ResponseWriter, *http.Request) {})
	return nil
}

func main() {
	plugins := []Plugin{billing{}, search{}}
	app := &Registrar{routes: make(map[string]http.HandlerFunc)}
	connected.Add(len(plugins))
	var g errgroup.Group
	for _, p := range plugins {
		g.Go(func() error { return p.Init(app) })
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
		return
	}
	var patterns []string
	for p := range app.routes {
		patterns = append(patterns, p)
	}
	sort.Strings(patterns)
	fmt.Println(patterns)
}
