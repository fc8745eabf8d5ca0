// A deploy orchestrator orders services by their dependencies (Kahn's algorithm). It makes the
// dependency and dependent sets only for the services the manifest declares; "postgres" is an
// external dependency nobody declares, so recording api as its dependent writes into a missing
// inner map.
package main

import (
	"fmt"
	"sort"
)

type Service struct {
	Name      string
	DependsOn []string
}

type Graph struct {
	deps       map[string]map[string]bool // service -> what it needs
	dependents map[string]map[string]bool // service -> who needs it
}

func build(services []Service) *Graph {
	g := &Graph{deps: make(map[string]map[string]bool), dependents: make(map[string]map[string]bool)}
	for _, s := range services {
		g.deps[s.Name] = make(map[string]bool)
		g.dependents[s.Name] = make(map[string]bool)
	}
	for _, s := range services {
		for _, d := range s.DependsOn {
			g.deps[s.Name][d] = true
			g.dependents[d][s.Name] = true // want "nil map|inner map"
		}
	}
	return g
}

func (g *Graph) Order() []string {
	indeg := make(map[string]int, len(g.deps))
	for n, ds := range g.deps {
		indeg[n] = len(ds)
	}
	var ready, order []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for m := range g.dependents[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	return order
}

func main() {
	manifest := []Service{
		{Name: "config"},
		{Name: "api", DependsOn: []string{"config", "postgres"}},
		{Name: "worker", DependsOn: []string{"api"}},
	}
	fmt.Println(build(manifest).Order())
}
