// A metrics aggregator counts events under its mutex, and a flusher goroutine driven by a
// time.Ticker formats the counts for the backend. The flusher was thought to be "read only" and
// ranges over the map without the lock, so a tick arriving while requests are counted races
// with Inc. Main counts after starting the flusher and only then waits for the first flush.
package main

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Aggregator struct {
	mu     sync.Mutex
	counts map[string]int
}

func (a *Aggregator) Inc(name string) {
	a.mu.Lock()
	a.counts[name]++ // want "concurrent map write"
	a.mu.Unlock()
}

func (a *Aggregator) format() string {
	var lines []string
	for name, n := range a.counts { // other access
		lines = append(lines, name+"="+strconv.Itoa(n))
	}
	sort.Strings(lines)
	return strings.Join(lines, ",")
}

func (a *Aggregator) flushLoop(tick <-chan time.Time, flushed chan<- string, stop <-chan struct{}) {
	for {
		select {
		case <-tick:
			select {
			case flushed <- a.format():
			default:
			}
		case <-stop:
			return
		}
	}
}

func main() {
	agg := &Aggregator{counts: map[string]int{"boot": 1}}
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	flushed := make(chan string, 1)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		agg.flushLoop(ticker.C, flushed, stop)
	}()

	for _, ev := range []string{"http.request", "db.query", "http.request"} {
		agg.Inc(ev)
	}
	first := <-flushed
	close(stop)
	wg.Wait()
	println("first flush:", first)
}
