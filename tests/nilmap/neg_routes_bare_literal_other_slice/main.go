// A near miss of pos_b7_routes_slice_append_literal: the gateway appends its health probe as a
// bare literal without the header map, but into the probes slice; the pass that stamps every
// route's headers walks the routes slice, whose elements all come from newRoute.
package main

import "fmt"

type route struct {
	method  string
	path    string
	headers map[string]string
}

func newRoute(method, path string) route {
	return route{method: method, path: path, headers: make(map[string]string)}
}

type gateway struct {
	version string
	routes  []route
	probes  []route
}

func (g *gateway) load(paths []string) {
	for _, p := range paths {
		g.routes = append(g.routes, newRoute("GET", p))
	}
	g.probes = append(g.probes, route{method: "GET", path: "/healthz"})
}

func (g *gateway) stamp() {
	for i := range g.routes {
		r := &g.routes[i]
		r.headers["X-Gateway-Version"] = g.version
	}
}

func main() {
	g := &gateway{version: "2.4.1"}
	g.load([]string{"/orders", "/users"})
	g.stamp()
	for _, r := range append(g.routes, g.probes...) {
		fmt.Println(r.method, r.path, len(r.headers))
	}
}
