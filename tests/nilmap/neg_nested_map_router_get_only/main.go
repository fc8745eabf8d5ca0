// A router makes the per-method table for GET only, and the service registers only GET routes.
package main

import (
	"fmt"
	"net/http"
)

type Router struct {
	routes map[string]map[string]http.HandlerFunc // method -> path -> handler
}

func NewRouter() *Router {
	r := &Router{routes: make(map[string]map[string]http.HandlerFunc)}
	r.routes[http.MethodGet] = make(map[string]http.HandlerFunc)
	return r
}

func (r *Router) Handle(method, path string, h http.HandlerFunc) {
	r.routes[method][path] = h
}

func main() {
	r := NewRouter()
	ok := func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }
	r.Handle(http.MethodGet, "/health", ok)
	r.Handle(http.MethodGet, "/ready", ok)
	fmt.Println(len(r.routes))
}
