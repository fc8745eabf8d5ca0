// An upload API (a handler type served through http.Handler) checks its quota of pending
// uploads under the read lock, drops it, and then records the upload with no lock at all;
// concurrent uploads write the map together.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type uploadAPI struct {
	mu      sync.RWMutex
	pending map[string]int64
	max     int
	arrived sync.WaitGroup
}

func (a *uploadAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.arrived.Done()
	a.arrived.Wait()
	a.mu.RLock()
	full := len(a.pending) >= a.max // other access
	a.mu.RUnlock()                  // root cause
	if full {
		http.Error(w, "too many uploads", http.StatusTooManyRequests)
		return
	}
	a.pending[r.URL.Query().Get("id")] = r.ContentLength // want "concurrent map write"
	w.WriteHeader(http.StatusAccepted)
}

func main() {
	api := &uploadAPI{pending: make(map[string]int64), max: 10}
	api.arrived.Add(2)
	ts := httptest.NewServer(api)
	defer ts.Close()
	var clients sync.WaitGroup
	for _, id := range []string{"u1", "u2"} {
		clients.Go(func() {
			resp, err := http.Post(ts.URL+"/upload?id="+id, "text/plain", nil)
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	clients.Wait()
	fmt.Println(len(api.pending))
}
