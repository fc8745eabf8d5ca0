// A router makes the GET table only and refuses a method it has no table for.
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

func (r *Router) Handle(method, path string, h http.HandlerFunc) error {
	table, ok := r.routes[method]
	if !ok {
		return fmt.Errorf("method %s not supported", method)
	}
	table[path] = h
	return nil
}

func main() {
	r := NewRouter()
	ok := func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }
	fmt.Println(r.Handle(http.MethodGet, "/health", ok))
	fmt.Println(r.Handle(http.MethodPost, "/login", ok))
	fmt.Println(len(r.routes))
}
