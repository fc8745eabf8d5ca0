// A small stats library serves both a single-threaded CLI and a server: Observe locks only
// when the Stats was made shared. The server makes its Stats with NewStats(true), so its
// concurrent handlers observe under the lock.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type Stats struct {
	shared bool
	mu     sync.Mutex
	counts map[string]int
}

func NewStats(shared bool) *Stats {
	return &Stats{shared: shared, counts: make(map[string]int)}
}

func (s *Stats) Observe(key string) {
	if s.shared {
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	s.counts[key]++
}

func main() {
	stats := NewStats(true)
	var arrived sync.WaitGroup
	arrived.Add(2)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		arrived.Wait()
		stats.Observe(r.Method + " " + r.URL.Path)
	}))
	defer ts.Close()
	var clients sync.WaitGroup
	for range 2 {
		clients.Go(func() {
			resp, err := http.Get(ts.URL + "/orders")
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	clients.Wait()
	fmt.Println(stats.counts["GET /orders"])
}
