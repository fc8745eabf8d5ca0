// A price aggregator fans out one goroutine per vendor; each counts itself off an atomic
// countdown before storing its quote under the mutex, and the one that brings the count to zero
// closes done. The caller wakes on done and ranges the quotes, while the last vendor (and any
// other still between its countdown and its store) is storing.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Aggregator struct {
	mu        sync.Mutex
	quotes    map[string]int
	remaining atomic.Int32
	done      chan struct{}
}

func NewAggregator(vendors int) *Aggregator {
	a := &Aggregator{quotes: make(map[string]int), done: make(chan struct{})}
	a.remaining.Store(int32(vendors))
	return a
}

func (a *Aggregator) report(vendor string, price int) {
	if a.remaining.Add(-1) == 0 {
		close(a.done)
	}
	a.mu.Lock()
	a.quotes[vendor] = price // want "concurrent map write"
	a.mu.Unlock()
}

func fetchQuote(vendor string) int {
	price := 0
	for _, r := range vendor {
		price += int(r)
	}
	return price % 500
}

func main() {
	vendors := []string{"acme", "globex", "initech"}
	a := NewAggregator(len(vendors))
	var wg sync.WaitGroup
	for _, v := range vendors {
		wg.Go(func() { a.report(v, fetchQuote(v)) })
	}
	<-a.done
	var lines []string
	for v, p := range a.quotes { // other access
		lines = append(lines, v+"="+strconv.Itoa(p))
	}
	sort.Strings(lines)
	wg.Wait()
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}
