// A status service wraps its mux in a middleware that counts hits per route in the map it is
// given. newServer builds the handler chain right away, passing s.hits, but the map is only
// made in start (which also resets the stats on restart), so the middleware closure keeps the
// nil map it was handed and the start-up self-check request writes into it.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

type server struct {
	hits    map[string]int
	started time.Time
	handler http.Handler
}

func countRoutes(hits map[string]int, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits[r.URL.Path]++ // want "nil map"
		next.ServeHTTP(w, r)
	})
}

func newServer() *server {
	s := &server{}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/stats", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "up %s, hits %v\n", time.Since(s.started).Round(time.Second), s.hits)
	})
	s.handler = countRoutes(s.hits, mux)
	return s
}

func (s *server) start() {
	s.hits = make(map[string]int)
	s.started = time.Now()
}

// selfCheck runs one request through the full chain before the listener opens.
func (s *server) selfCheck() error {
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK {
		return fmt.Errorf("self-check: status %d", rec.Code)
	}
	return nil
}

func main() {
	s := newServer()
	s.start()
	if err := s.selfCheck(); err != nil {
		fmt.Println(err)
		return
	}
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/stats", nil))
	fmt.Print(rec.Body.String())
}
