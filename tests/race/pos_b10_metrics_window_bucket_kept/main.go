// A latency recorder double-buffers its counters: Begin hands a request timer the current
// window's bucket under the lock, and the flusher swaps in a fresh window and sums the old one.
// Observe writes into the bucket the timer kept, after the lock, so a request that began before
// the swap writes the old window while the flusher ranges over it.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Recorder struct {
	mu  sync.Mutex
	cur map[string]time.Duration
}

type Timer struct {
	route  string
	start  time.Time
	bucket map[string]time.Duration
}

func (r *Recorder) Begin(route string) *Timer {
	r.mu.Lock()
	defer r.mu.Unlock()
	return &Timer{route: route, start: time.Now(), bucket: r.cur}
}

func (t *Timer) Observe() {
	t.bucket[t.route] += time.Since(t.start) // want "concurrent map write"
}

func (r *Recorder) Flush() []string {
	r.mu.Lock()
	old := r.cur
	r.cur = make(map[string]time.Duration)
	r.mu.Unlock()
	var lines []string
	for route, d := range old { // other access
		lines = append(lines, route+" "+d.Round(time.Hour).String())
	}
	sort.Strings(lines)
	return lines
}

func handle(rec *Recorder, route string, accepted chan<- struct{}) {
	t := rec.Begin(route)
	accepted <- struct{}{} // the load generator counts the request as in flight
	total := 0
	for i := range 1000 {
		total += i % 7
	}
	_ = total
	t.Observe()
}

func main() {
	rec := &Recorder{cur: make(map[string]time.Duration)}
	accepted := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { handle(rec, "GET /search", accepted) })
	<-accepted
	window := rec.Flush()
	wg.Wait()
	fmt.Println("flushed", len(window), "routes; next window", rec.Flush())
}
