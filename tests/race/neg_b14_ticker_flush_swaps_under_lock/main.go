// A metrics aggregator counts events under its mutex, and a flusher goroutine driven by a
// time.Ticker formats the counts for the backend. The flusher swaps in a fresh map under the
// mutex and ranges over the old one after unlocking: Inc only ever writes the map installed
// under the lock, so nobody writes the one being ranged. The near miss of
// pos_b14_ticker_flush_ranges_unlocked.
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
	a.counts[name]++
	a.mu.Unlock()
}

func (a *Aggregator) format() string {
	a.mu.Lock()
	batch := a.counts
	a.counts = make(map[string]int, len(batch))
	a.mu.Unlock()
	lines := make([]string, 0, len(batch))
	for name, n := range batch {
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
