// An HTTP server counts hits per path in a map without a lock. net/http runs each connection's
// handler in its own goroutine, so the handler races with itself. The two requests are in
// flight together (the handler waits for both before counting).
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type server struct {
	hits    map[string]int
	arrived sync.WaitGroup
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.arrived.Done()
	s.arrived.Wait()
	s.hits[r.URL.Path]++ // want "concurrent map write"
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
