// A router's status middleware counts responses per route pattern and status code. The table
// gets a row for every registered route when the router is built, but a request that matches no
// route is counted under the empty pattern, whose row was never made.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
)

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

type Router struct {
	mux    *http.ServeMux
	counts map[string]map[int]int // pattern -> status -> responses
}

func NewRouter(routes map[string]http.HandlerFunc) *Router {
	rt := &Router{mux: http.NewServeMux(), counts: make(map[string]map[int]int)}
	for pattern, h := range routes {
		rt.mux.HandleFunc(pattern, h)
		rt.counts[pattern] = make(map[int]int)
	}
	return rt
}

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, pattern := rt.mux.Handler(r)
	rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
	rt.mux.ServeHTTP(rec, r)
	rt.counts[pattern][rec.code]++ // want "nil map|inner map"
}

func (rt *Router) Report() []string {
	var out []string
	for p, byCode := range rt.counts {
		for code, n := range byCode {
			out = append(out, fmt.Sprintf("%q %d: %d", p, code, n))
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	rt := NewRouter(map[string]http.HandlerFunc{
		"GET /users/{id}": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, r.PathValue("id")) },
		"POST /users":     func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusCreated) },
	})
	for _, req := range []struct{ method, path string }{{"GET", "/users/7"}, {"POST", "/users"}, {"GET", "/admin"}} {
		rt.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(req.method, req.path, nil))
	}
	fmt.Println(rt.Report())
}
