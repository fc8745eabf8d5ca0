// A latency recorder double-buffers its counters: Begin hands a request timer the current
// window's bucket under the lock, and the flusher swaps in a fresh window and sums the old one.
// Observe takes the lock and writes into whatever window is current then, so a request that
// began before the swap is counted in the new window and never touches the one being summed.
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
	rec   *Recorder
	route string
	start time.Time
}

func (r *Recorder) Begin(route string) *Timer {
	r.mu.Lock()
	defer r.mu.Unlock()
	return &Timer{rec: r, route: route, start: time.Now()}
}

func (t *Timer) Observe() {
	t.rec.mu.Lock()
	defer t.rec.mu.Unlock()
	t.rec.cur[t.route] += time.Since(t.start)

}

func (r *Recorder) Flush() []string {
	r.mu.Lock()
	old := r.cur
	r.cur = make(map[string]time.Duration)
	r.mu.Unlock()
	var lines []string
	for route, d := range old {
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
