// An HTTP server counts hits per path in a map under a mutex; its handler runs concurrently
// with itself (the two requests are in flight together).
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type server struct {
	mu      sync.Mutex
	hits    map[string]int
	arrived sync.WaitGroup
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.arrived.Done()
	s.arrived.Wait()
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	s := &server{hits: make(map[string]int)}
	s.arrived.Add(2)
	ts := httptest.NewServer(s)
	defer ts.Close()
	var clients sync.WaitGroup
	for _, path := range []string{"/a", "/b"} {
		clients.Go(func() {
			resp, err := http.Get(ts.URL + path)
			if err != nil {
				fmt.Println(err)
				return
			}
			resp.Body.Close()
		})
	}
	clients.Wait()
	fmt.Println(len(s.hits))
}
