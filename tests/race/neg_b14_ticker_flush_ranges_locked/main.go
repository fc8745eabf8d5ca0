// A metrics aggregator counts events under its mutex, and a flusher goroutine driven by a
// time.Ticker formats the counts for the backend. The flusher takes the same mutex while it
// ranges over the map, so a tick arriving while requests are counted waits for Inc. The near
// miss of pos_b14_ticker_flush_ranges_unlocked.
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
	defer a.mu.Unlock()
	var lines []string
	for name, n := range a.counts {
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
