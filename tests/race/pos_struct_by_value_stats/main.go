// Request latency statistics passed by value to the recording function: the struct (mutex
// included) is copied at every call, so each goroutine locks its own copy while all of them
// write the one shared map.
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

func record(s stats, route string, d time.Duration) { // root cause
	s.mu.Lock()
	s.latency[route] += d // want "concurrent map write"
	s.mu.Unlock()
}

func main() {
	st := &stats{latency: make(map[string]time.Duration)}
	var wg sync.WaitGroup
	for i, route := range []string{"/login", "/search", "/login"} {
		wg.Go(func() {
			record(*st, route, time.Duration(i+1)*time.Millisecond) // root cause
		})
	}
	wg.Wait()
	fmt.Println(len(st.latency))
}
