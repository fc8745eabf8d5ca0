// A storefront middleware remembers the request id of each client's first visit and sets a
// welcome header on it. The lookup is done under the tracker's mutex, but the lock is released
// before the miss is filled in, so two first requests of one client both write the table.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type tracker struct {
	mu      sync.Mutex
	arrived sync.WaitGroup
	first   map[string]string // client -> request id of its first visit
}

func (t *tracker) firstVisit(client, reqID string) bool {
	t.mu.Lock()
	_, seen := t.first[client] // other access
	t.mu.Unlock()
	if seen {
		return false
	}
	t.first[client] = reqID // want "concurrent map write"
	return true
}

func (t *tracker) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client := r.Header.Get("X-Client")
		reqID := r.Header.Get("X-Request-Id")
		t.arrived.Done()
		t.arrived.Wait() // both requests of the client are in flight
		if t.firstVisit(client, reqID) {
			w.Header().Set("X-Welcome", "1")
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	t := &tracker{first: make(map[string]string)}
	t.arrived.Add(2)
	shop := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "catalog") })
	srv := httptest.NewServer(t.middleware(shop))
	defer srv.Close()
	var wg sync.WaitGroup
	for _, id := range []string{"req-1", "req-2"} {
		wg.Go(func() {
			req, _ := http.NewRequest("GET", srv.URL+"/catalog", nil)
			req.Header.Set("X-Client", "alice")
			req.Header.Set("X-Request-Id", id)
			resp, err := srv.Client().Do(req)
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	wg.Wait()
	fmt.Println("clients:", len(t.first))
}
