// An API gateway rate-limits by client address through a Limiter interface. The token
// bucket implementation locks its own state, and the metrics decorator wrapped around it
// counts denials per client under a mutex of its own, so two denied requests from one
// client count one after the other.
package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Limiter interface {
	Allow(key string) bool
}

type tokenBucket struct {
	mu     sync.Mutex
	tokens map[string]int
}

func (b *tokenBucket) Allow(key string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.tokens[key] <= 0 {
		return false
	}
	b.tokens[key]--
	return true
}

type countingLimiter struct {
	inner  Limiter
	mu     sync.Mutex
	denied map[string]int
}

func (c *countingLimiter) Allow(key string) bool {
	if c.inner.Allow(key) {
		return true
	}
	c.mu.Lock()
	c.denied[key]++
	c.mu.Unlock()
	return false
}

func rateLimit(l Limiter, gate *sync.WaitGroup, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gate.Done()
		gate.Wait()
		client := strings.TrimSpace(r.Header.Get("X-Client"))
		if !l.Allow(client) {
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	limiter := &countingLimiter{
		inner:  &tokenBucket{tokens: map[string]int{"mobile-app": 0, "partner": 5}},
		denied: make(map[string]int),
	}
	var gate sync.WaitGroup
	gate.Add(2)
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	srv := httptest.NewServer(rateLimit(limiter, &gate, ok))
	defer srv.Close()

	var clients sync.WaitGroup
	for range 2 {
		clients.Go(func() {
			req, _ := http.NewRequest("GET", srv.URL+"/v1/orders", nil)
			req.Header.Set("X-Client", "mobile-app")
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		})
	}
	clients.Wait()
	limiter.mu.Lock()
	println("mobile-app denied", limiter.denied["mobile-app"], "times")
	limiter.mu.Unlock()
}
