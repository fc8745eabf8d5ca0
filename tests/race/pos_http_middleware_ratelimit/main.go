// A rate-limiting middleware counts requests per client address in a map shared by all
// requests, with no lock. The server runs each connection's requests in its own goroutine.
package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
)

func limit(max int, next http.Handler) http.Handler {
	seen := make(map[string]int)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, _ := net.SplitHostPort(r.RemoteAddr)
		seen[host]++          // want "concurrent map write"
		if seen[host] > max { // other access
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// inFlight holds each request until n requests have arrived, so they are served together.
func inFlight(n int, next http.Handler) http.Handler {
	var arrived sync.WaitGroup
	arrived.Add(n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		arrived.Wait()
		next.ServeHTTP(w, r)
	})
}

func main() {
	hello := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hi") })
	ts := httptest.NewServer(inFlight(2, limit(10, hello)))
	defer ts.Close()
	var clients sync.WaitGroup
	codes := make([]int, 2)
	for i := range codes {
		clients.Go(func() {
			resp, err := http.Get(ts.URL)
			if err != nil {
				return
			}
			codes[i] = resp.StatusCode
			resp.Body.Close()
		})
	}
	clients.Wait()
	fmt.Println(codes)
}
