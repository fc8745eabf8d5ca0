// A latency aggregator records samples under its mutex. Its trimmer must never stall
// requests, so it uses TryLock, but it treats the lock as best effort: when a slow request
// holds the lock it trims the buckets anyway, without it, while the request writes them.
package main

import (
	"fmt"
	"maps"
	"sync"
)

type aggregator struct {
	mu      sync.Mutex
	buckets map[string][]int // route -> latencies in ms
	holding chan struct{}    // test hooks: the request holds the lock
	tried   chan struct{}    // the trimmer has tried it
}

func (a *aggregator) record(route string, ms int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	close(a.holding)
	<-a.tried
	a.buckets[route] = append(a.buckets[route], ms) // want "concurrent map write"
}

func (a *aggregator) trim(max int) {
	<-a.holding
	locked := a.mu.TryLock()
	close(a.tried)
	if locked {
		defer a.mu.Unlock()
	}
	maps.DeleteFunc(a.buckets, func(_ string, v []int) bool { return len(v) > max }) // other access
}

func main() {
	a := &aggregator{
		buckets: map[string][]int{"/search": {12, 15, 900}},
		holding: make(chan struct{}),
		tried:   make(chan struct{}),
	}
	var wg sync.WaitGroup
	wg.Go(func() { a.trim(2) })
	a.record("/checkout", 48)
	wg.Wait()
	fmt.Println(len(a.buckets["/checkout"]))
}
