// An API server counts requests per user agent for its /stats page. The counting middleware is
// a struct with a map and no lock; net/http serves every connection on its own goroutine, so
// two clients calling at once bump the map together. A gate in the handler holds both requests
// until they are in flight.
package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type agentCounter struct {
	next    http.Handler
	byAgent map[string]int
}

func (c *agentCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.byAgent[r.UserAgent()]++ // want "concurrent map write"
	c.next.ServeHTTP(w, r)
}

func main() {
	var gate sync.WaitGroup
	gate.Add(2)
	api := http.NewServeMux()
	api.HandleFunc("GET /items", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "[]")
	})
	counter := &agentCounter{next: api, byAgent: make(map[string]int)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gate.Done()
		gate.Wait()
		counter.ServeHTTP(w, r)
	}))

	var clients sync.WaitGroup
	statuses := make([]int, 2)
	for i, agent := range []string{"cli/1.2", "web/8.0"} {
		clients.Go(func() {
			req, err := http.NewRequest(http.MethodGet, srv.URL+"/items", nil)
			if err != nil {
				return
			}
			req.Header.Set("User-Agent", agent)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			statuses[i] = resp.StatusCode
		})
	}
	clients.Wait()
	srv.Close()
	println(statuses[0], statuses[1], len(counter.byAgent))
}
