// A handler answers at once and records an audit entry in a background goroutine, which
// writes the server's audit map without a lock; the audit endpoint reads the map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type server struct {
	audit      map[string]string // request ID -> user
	background sync.WaitGroup
}

func (s *server) order(w http.ResponseWriter, r *http.Request) {
	id, user := r.Header.Get("X-Request-Id"), r.Header.Get("X-User")
	s.background.Go(func() {
		s.audit[id] = user // want "concurrent map write"
	})
	w.WriteHeader(http.StatusAccepted)
}

func (s *server) auditLog(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, len(s.audit)) // other access
}

func main() {
	s := &server{audit: make(map[string]string)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /order", s.order)
	mux.HandleFunc("GET /audit", s.auditLog)
	ts := httptest.NewServer(mux)
	defer ts.Close()
	req, _ := http.NewRequest("POST", ts.URL+"/order", nil)
	req.Header.Set("X-Request-Id", "r1")
	req.Header.Set("X-User", "ada")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
	if resp, err := http.Get(ts.URL + "/audit"); err == nil {
		resp.Body.Close()
	}
	s.background.Wait()
	fmt.Println(len(s.audit))
}
