// The call graph of a service mesh again, but the builder rejects a call to a service the
// manifest does not declare before it records the edge, so every adjacency set it writes was
// made for a declared service.
package main

import (
	"fmt"
	"sort"
)

type Service struct{ Name string }

type Call struct{ From, To string }

func callers(services []Service, calls []Call) (map[string]map[string]bool, error) {
	declared := make(map[string]bool, len(services))
	in := make(map[string]map[string]bool, len(services))
	for _, s := range services {
		declared[s.Name] = true
		in[s.Name] = make(map[string]bool)
	}
	for _, c := range calls {
		if !declared[c.To] {
			return nil, fmt.Errorf("%s calls undeclared service %s", c.From, c.To)
		}
		in[c.To][c.From] = true
	}
	return in, nil
}

func main() {
	services := []Service{{"gateway"}, {"orders"}, {"users"}}
	calls := []Call{{"gateway", "orders"}, {"gateway", "users"}, {"orders", "billing"}}
	graph, err := callers(services, calls)
	if err != nil {
		fmt.Println("manifest:", err)
		return
	}
	names := make([]string, 0, len(graph))
	for n := range graph {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
}
