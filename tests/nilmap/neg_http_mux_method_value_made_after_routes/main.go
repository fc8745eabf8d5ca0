// An HTTP API registers its handlers as method values of a pointer receiver. The server is
// created without its hits map and registers its routes first, then makes the map before it
// serves a request: the handler shares the receiver and counts into the made map.
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
	srv := &api{name: "orders"}
	mux := srv.routes()
	srv.hits = make(map[string]int)
	for _, path := range []string{"/healthz", "/v1/orders", "/v1/orders"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		fmt.Print(rec.Body.String())
	}
}
