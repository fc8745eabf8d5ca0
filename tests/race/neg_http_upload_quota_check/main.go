// An upload API (a handler type served through http.Handler) checks its quota of pending
// uploads and records the upload in one critical section under the write lock.
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
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.pending) >= a.max {
		http.Error(w, "too many uploads", http.StatusTooManyRequests)
		return
	}
	a.pending[r.URL.Query().Get("id")] = r.ContentLength
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
	api.mu.RLock()
	fmt.Println(len(api.pending))
	api.mu.RUnlock()
}
