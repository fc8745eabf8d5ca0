// A status service wraps its mux in a counting middleware built in newServer, before start
// makes the hits map. The middleware holds the server and reads s.hits when a request comes
// in, not when the chain is built, so the start-up self-check request writes into the map that
// start made.
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

func (s *server) countRoutes(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits[r.URL.Path]++
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
	s.handler = s.countRoutes(mux)
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
