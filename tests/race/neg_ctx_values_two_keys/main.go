// A gateway's middleware puts two maps into each request's context: the route table it was
// built with, shared by every request and only read, under one key, and a fresh annotations
// map per request under another. Handlers write only the per-request map, so concurrent
// requests never write a shared map (a near miss of pos_ctx_value_map_per_middleware: the
// shared map and the written one travel under different keys).
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type routesKey struct{}
type notesKey struct{}

func WithMaps(routes map[string]string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), routesKey{}, routes)
		ctx = context.WithValue(ctx, notesKey{}, map[string]string{})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func note(ctx context.Context, key, value string) {
	notes := ctx.Value(notesKey{}).(map[string]string)
	notes[key] = value
}

func upstream(ctx context.Context, path string) string {
	return ctx.Value(routesKey{}).(map[string]string)[path]
}

type proxy struct{ arrived *sync.WaitGroup }

func (p proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.arrived.Done()
	p.arrived.Wait()
	note(r.Context(), "upstream", upstream(r.Context(), r.URL.Path))
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	routes := map[string]string{"/orders": "orders:8080", "/users": "users:8080"}
	var arrived, done sync.WaitGroup
	h := WithMaps(routes, proxy{arrived: &arrived})
	paths := []string{"/orders", "/users"}
	arrived.Add(len(paths))
	done.Add(len(paths))
	codes := make([]int, len(paths))
	for i, p := range paths {
		go func() {
			defer done.Done()
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
			codes[i] = rec.Code
		}()
	}
	done.Wait()
	fmt.Println(codes)
}
