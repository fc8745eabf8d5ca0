// Per-route status counters for an HTTP service, kept in a map of maps. The recorder makes the
// inner map of every route registered at start-up, and Observe makes the inner map of a path it
// has not seen (a 404 for /favicon.ico) before counting. The near miss of
// pos_b15_nested_map_route_status_unknown.
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
	counts, ok := r.byRoute[path]
	if !ok {
		counts = make(map[int]int)
		r.byRoute[path] = counts
	}
	counts[status]++
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
