// An API gateway keeps its routes in a slice of structs. Routes from the config file are made
// by newRoute, which allocates the header map, but the health route is appended as a bare
// literal; the pass that stamps every route with the gateway's version header then writes
// into the health route's nil map.
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
}

func (g *gateway) load(paths []string) {
	for _, p := range paths {
		g.routes = append(g.routes, newRoute("GET", p))
	}
	g.routes = append(g.routes, route{method: "GET", path: "/healthz"})
}

func (g *gateway) stamp() {
	for i := range g.routes {
		r := &g.routes[i]
		r.headers["X-Gateway-Version"] = g.version // want "nil map"
	}
}

func main() {
	g := &gateway{version: "2.4.1"}
	g.load([]string{"/orders", "/users"})
	g.stamp()
	for _, r := range g.routes {
		fmt.Println(r.method, r.path, len(r.headers))
	}
}
