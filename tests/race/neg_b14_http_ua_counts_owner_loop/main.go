// An API server counts requests per user agent for its /stats page. The counting middleware is
// a struct whose handlers only send the agent on a channel; one owner goroutine keeps the map,
// and main reads it after the owner has drained the channel and stopped. The near miss of
// pos_b14_http_ua_counts_unlocked.
package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type agentCounter struct {
	next    http.Handler
	seen    chan string
	done    chan struct{}
	byAgent map[string]int
}

func (c *agentCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.seen <- r.UserAgent()
	c.next.ServeHTTP(w, r)
}

func (c *agentCounter) run() {
	defer close(c.done)
	for agent := range c.seen {
		c.byAgent[agent]++
	}
}

func main() {
	var gate sync.WaitGroup
	gate.Add(2)
	api := http.NewServeMux()
	api.HandleFunc("GET /items", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "[]")
	})
	counter := &agentCounter{
		next:    api,
		seen:    make(chan string, 16),
		done:    make(chan struct{}),
		byAgent: make(map[string]int),
	}
	go counter.run()
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
	close(counter.seen)
	<-counter.done
	println(statuses[0], statuses[1], len(counter.byAgent))
}
