// A service mesh builds its call graph from a manifest: one adjacency set per declared
// service, then one edge per declared call. A call to a service nobody declared ("billing")
// hands link a missing adjacency set, and link writes into nil.
package main

import (
	"fmt"
	"sort"
)

type Service struct{ Name string }

type Call struct{ From, To string }

func link(targets map[string]bool, to string) {
	targets[to] = true // want "nil map"
}

func callers(services []Service, calls []Call) map[string]map[string]bool {
	in := make(map[string]map[string]bool, len(services))
	for _, s := range services {
		in[s.Name] = make(map[string]bool)
	}
	for _, c := range calls {
		link(in[c.To], c.From)
	}
	return in
}

func main() {
	services := []Service{{"gateway"}, {"orders"}, {"users"}}
	calls := []Call{{"gateway", "orders"}, {"gateway", "users"}, {"orders", "billing"}}
	graph := callers(services, calls)
	names := make([]string, 0, len(graph))
	for n := range graph {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, len(graph[n]))
	}
}
