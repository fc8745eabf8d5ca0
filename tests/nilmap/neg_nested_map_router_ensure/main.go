// The router creates a method's table the first time a route for that method is added.
package main

import (
	"fmt"
	"net/http"
)

type Router struct {
	routes map[string]map[string]http.HandlerFunc // method -> path -> handler
}

func NewRouter() *Router {
	return &Router{routes: make(map[string]map[string]http.HandlerFunc)}
}

func (r *Router) Handle(method, path string, h http.HandlerFunc) {
	if r.routes[method] == nil {
		r.routes[method] = make(map[string]http.HandlerFunc)
	}
	r.routes[method][path] = h
}

func main() {
	r := NewRouter()
	ok := func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }
	r.Handle(http.MethodGet, "/health", ok)
	r.Handle(http.MethodPost, "/login", ok)
	fmt.Println(len(r.routes))
}
