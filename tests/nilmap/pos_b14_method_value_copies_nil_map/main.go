// A small router hands plugins its Handle method as a registration callback. Handle has a value
// receiver (it only writes through the map), and the method value is taken before Init makes
// the route table: the method value holds a copy of the router made at that moment, whose
// routes map is still nil, so the first plugin that registers writes into a nil map.
package main

import (
	"fmt"
	"sort"
)

type HandlerFunc func(path string) string

type Router struct {
	name   string
	routes map[string]HandlerFunc
}

func (r *Router) Init() {
	r.routes = make(map[string]HandlerFunc)
}

func (r Router) Handle(path string, h HandlerFunc) {
	r.routes[path] = h // want "nil map"
}

func (r *Router) Serve(path string) string {
	if h, ok := r.routes[path]; ok {
		return h(path)
	}
	return "404 " + path
}

type Plugin interface {
	Setup(register func(string, HandlerFunc))
}

type healthPlugin struct{}

func (healthPlugin) Setup(register func(string, HandlerFunc)) {
	register("/healthz", func(string) string { return "ok" })
}

type versionPlugin struct{ version string }

func (p versionPlugin) Setup(register func(string, HandlerFunc)) {
	register("/version", func(string) string { return p.version })
}

func main() {
	r := Router{name: "edge"}
	register := r.Handle
	r.Init()

	plugins := []Plugin{healthPlugin{}, versionPlugin{version: "2.3.1"}}
	for _, p := range plugins {
		p.Setup(register)
	}

	paths := []string{"/healthz", "/version", "/admin"}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Println(p, "->", r.Serve(p))
	}
}
