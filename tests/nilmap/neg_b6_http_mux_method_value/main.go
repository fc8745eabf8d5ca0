// An API server registers its handlers on a ServeMux as method values. The smoke test builds
// the server with newAPI, which makes the per-path hit table that the track handler writes,
// so every request the mux runs in the caller's goroutine counts into a real map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type api struct {
	name string
	hits map[string]int
}

func newAPI(name string) *api {
	return &api{name: name, hits: make(map[string]int)}
}

func (a *api) track(w http.ResponseWriter, r *http.Request) {
	a.hits[r.URL.Path]++
	fmt.Fprintf(w, "%s %s: %d\n", a.name, r.URL.Path, a.hits[r.URL.Path])
}

func (a *api) health(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "ok")
}

func (a *api) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", a.health)
	mux.HandleFunc("GET /v1/", a.track)
	return mux
}

func main() {
	srv := newAPI("orders")
	mux := srv.routes()
	for _, path := range []string{"/healthz", "/v1/orders", "/v1/orders"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		fmt.Print(rec.Body.String())
	}
}
