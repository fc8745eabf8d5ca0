// A feature-flag service serves /check, which reads a flag under the store's read lock, and
// an admin /toggle, which flips it under the write lock, so a toggle and a check arriving
// together are ordered by the RWMutex. The test holds both requests at a gate so that they
// are in flight together.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type FlagStore struct {
	mu    sync.RWMutex
	flags map[string]bool
}

func (s *FlagStore) handleCheck(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	s.mu.RLock()
	on := s.flags[name]
	s.mu.RUnlock()
	fmt.Fprintf(w, "%s=%t", name, on)
}

func (s *FlagStore) handleToggle(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	s.mu.Lock()
	s.flags[name] = !s.flags[name]
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	store := &FlagStore{flags: map[string]bool{"new-checkout": false}}
	var arrived sync.WaitGroup
	arrived.Add(2)
	gate := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			arrived.Done()
			arrived.Wait()
			h(w, r)
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /check", gate(store.handleCheck))
	mux.HandleFunc("POST /toggle", gate(store.handleToggle))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	var clients sync.WaitGroup
	results := make([]string, 2)
	clients.Go(func() {
		resp, err := http.Get(srv.URL + "/check?name=new-checkout")
		if err != nil {
			results[0] = err.Error()
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		results[0] = string(body)
	})
	clients.Go(func() {
		resp, err := http.Post(srv.URL+"/toggle?name=new-checkout", "text/plain", nil)
		if err != nil {
			results[1] = err.Error()
			return
		}
		resp.Body.Close()
		results[1] = resp.Status
	})
	clients.Wait()
	fmt.Println(results[0], "|", results[1])
}
