// A deploy orchestrator orders services by their dependencies (Kahn's algorithm). It makes the
// dependency and dependent sets for the services the manifest declares, and addEdge makes a set on
// first use, so "postgres", an external dependency nobody declares, gets its dependent set when
// api is recorded.
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
			addEdge(g.deps, s.Name, d)
			addEdge(g.dependents, d, s.Name)
		}
	}
	return g
}

func addEdge(sets map[string]map[string]bool, from, to string) {
	set, ok := sets[from]
	if !ok {
		set = make(map[string]bool)
		sets[from] = set
	}
	set[to] = true
}

func (g *Graph) Order() []string {
	indeg := make(map[string]int, len(g.deps))
	for n, ds := range g.deps {
		indeg[n] = len(ds)
	}
	for n := range g.dependents {
		indeg[n] += 0 // external dependencies need nothing themselves
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
