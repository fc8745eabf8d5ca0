// A small HTTP router keeps its routes and a per-prefix middleware chain in two maps. The
// constructor makes both, so wiring middleware with Use is safe.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.Handler) http.Handler

type Router struct {
	routes map[string]http.Handler
	chains map[string][]Middleware
}

func NewRouter() *Router {
	return &Router{routes: make(map[string]http.Handler), chains: map[string][]Middleware{}}
}

func (r *Router) Handle(pattern string, h http.Handler) { r.routes[pattern] = h }

func (r *Router) HandleFunc(pattern string, f http.HandlerFunc) { r.Handle(pattern, f) }

func (r *Router) Use(prefix string, mw ...Middleware) {
	r.chains[prefix] = append(r.chains[prefix], mw...)
}

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	h, ok := r.routes[req.URL.Path]
	if !ok {
		http.NotFound(w, req)
		return
	}
	for prefix, chain := range r.chains {
		if strings.HasPrefix(req.URL.Path, prefix) {
			for i := len(chain) - 1; i >= 0; i-- {
				h = chain[i](h)
			}
		}
	}
	h.ServeHTTP(w, req)
}

func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Header.Get("X-Token") == "" {
			http.Error(w, "no token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, req)
	})
}

func main() {
	r := NewRouter()
	r.HandleFunc("/admin/stats", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") })
	r.Use("/admin/", requireToken)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, httptest.NewRequest("GET", "/admin/stats", nil))
	fmt.Println(rec.Code)
}
