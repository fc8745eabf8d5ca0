// A gateway keeps one route per service in a map of route values, each with its own header
// map; routes are registered at start-up. Decorate reads a route with a plain index and adds
// a tracing header to it. The start-up code registers "billing" and "search" only, and
// Decorate first screens the service against the registered ones, so the request for "ledger"
// is turned away before the lookup. The near miss of pos_s22_lookup_unregistered_route.
package main

import (
	"fmt"
	"sort"
)

type route struct {
	Upstream string
	Headers  map[string]string
}

type gateway struct {
	routes map[string]route
}

func newGateway() *gateway {
	return &gateway{routes: make(map[string]route)}
}

func (g *gateway) register(service, upstream string) {
	g.routes[service] = route{Upstream: upstream, Headers: map[string]string{"X-Service": service}}
}

func (g *gateway) known(service string) bool {
	_, ok := g.routes[service]
	return ok
}

func (g *gateway) decorate(service, traceID string) string {
	if !g.known(service) {
		return "no route for " + service
	}
	r := g.routes[service]
	r.Headers["X-Trace"] = traceID
	keys := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprint(r.Upstream, keys)
}

func main() {
	g := newGateway()
	g.register("billing", "10.0.0.7:8080")
	g.register("search", "10.0.0.9:8080")
	fmt.Println(g.decorate("billing", "t-1"))
	fmt.Println(g.decorate("ledger", "t-2"))
}
