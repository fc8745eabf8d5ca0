// A service starts its plugins in parallel to cut boot time. Each plugin's Init registers its
// HTTP routes through the registrar it is given, whose Handle writes the routes map without a
// lock because registration "only happens at startup"; every plugin is given a registrar of
// its own, and main merges them into the app's registrar after all of them are done.
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
	r.routes[pattern] = h
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
	return nil
}

type search struct{}

func (search) Init(r *Registrar) error {
	connected.Done()
	connected.Wait()
	r.Handle("/search", func(http.ResponseWriter, *http.Request) {})
	return nil
}

func main() {
	plugins := []Plugin{billing{}, search{}}
	app := &Registrar{routes: make(map[string]http.HandlerFunc)}
	connected.Add(len(plugins))
	own := make([]*Registrar, len(plugins))
	var g errgroup.Group
	for i, p := range plugins {
		own[i] = &Registrar{routes: make(map[string]http.HandlerFunc)}
		g.Go(func() error { return p.Init(own[i]) })
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range own {
		for pattern, h := range r.routes {
			app.Handle(pattern, h)
		}
	}
	var patterns []string
	for p := range app.routes {
		patterns = append(patterns, p)
	}
	sort.Strings(patterns)
	fmt.Println(patterns)
}
