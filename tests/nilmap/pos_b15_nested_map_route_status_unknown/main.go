// Per-route status counters for an HTTP service, kept in a map of maps. The recorder makes the
// inner map of every route registered at start-up, but a request the mux does not know (a 404
// for /favicon.ico) is counted under its raw path, whose inner map was never made.
package main

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
)

type Recorder struct {
	byRoute map[string]map[int]int
}

func NewRecorder(routes []string) *Recorder {
	r := &Recorder{byRoute: make(map[string]map[int]int, len(routes))}
	for _, route := range routes {
		r.byRoute[route] = make(map[int]int)
	}
	return r
}

func (r *Recorder) Observe(path string, status int) {
	r.byRoute[path][status]++ // want "nil map|inner map"
}

func (r *Recorder) Report() string {
	routes := make([]string, 0, len(r.byRoute))
	for route := range r.byRoute {
		routes = append(routes, route)
	}
	sort.Strings(routes)
	var b strings.Builder
	for _, route := range routes {
		fmt.Fprintf(&b, "%s %v\n", route, r.byRoute[route])
	}
	return b.String()
}

type request struct {
	path   string
	status int
}

func main() {
	rec := NewRecorder([]string{"/api/orders", "/api/users", "/healthz"})
	traffic := []request{
		{"/api/orders", http.StatusOK},
		{"/api/orders", http.StatusInternalServerError},
		{"/healthz", http.StatusOK},
		{"/favicon.ico", http.StatusNotFound},
		{"/api/users", http.StatusOK},
	}
	for _, req := range traffic {
		rec.Observe(req.path, req.status)
	}
	fmt.Print(rec.Report())
}
