// Request latency statistics passed by pointer to the recording function, so every goroutine
// locks the same mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

type stats struct {
	mu      sync.Mutex
	latency map[string]time.Duration
}

func record(s *stats, route string, d time.Duration) {
	s.mu.Lock()
	s.latency[route] += d
	s.mu.Unlock()
}

func main() {
	st := &stats{latency: make(map[string]time.Duration)}
	var wg sync.WaitGroup
	for i, route := range []string{"/login", "/search", "/login"} {
		wg.Go(func() {
			record(st, route, time.Duration(i+1)*time.Millisecond)
		})
	}
	wg.Wait()
	fmt.Println(len(st.latency))
}
