// A router builder is reused: Build hands the builder's own route map to the router it returns,
// the admin router starts serving, and the builder goes on registering the public routes for a
// second router into the same map the admin router is looking paths up in.
package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
)

type RouterBuilder struct {
	routes map[string]http.HandlerFunc
}

func NewRouterBuilder() *RouterBuilder {
	return &RouterBuilder{routes: make(map[string]http.HandlerFunc)}
}

func (b *RouterBuilder) Handle(path string, h http.HandlerFunc) *RouterBuilder {
	b.routes[path] = h // want "concurrent map write"
	return b
}

func (b *RouterBuilder) Build() *Router {
	return &Router{routes: b.routes}
}

type Router struct {
	routes map[string]http.HandlerFunc
}

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h, ok := rt.routes[r.URL.Path] // other access
	if !ok {
		http.NotFound(w, r)
		return
	}
	h(w, r)
}

func ok(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(body)) }
}

func main() {
	b := NewRouterBuilder().
		Handle("/healthz", ok("ok")).
		Handle("/metrics", ok("requests_total 7"))
	admin := b.Build()

	var wg sync.WaitGroup
	codes := make([]int, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		rec := httptest.NewRecorder()
		admin.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		codes[0] = rec.Code
	}()

	public := b.Handle("/api/orders", ok("[]")).Build()
	wg.Wait()

	rec := httptest.NewRecorder()
	public.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/orders", nil))
	os.Stdout.WriteString(http.StatusText(codes[0]) + " " + http.StatusText(rec.Code) + "\n")
}
