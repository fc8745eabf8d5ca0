// A metrics reporter flushes request counts to an exporter on every tick. flush clones and clears
// the counts in one critical section and exports the copy after unlocking, so a request counted
// after the first batch lands in the emptied map under the same mutex. The near miss of
// pos_b15_ticker_flush_clear_unlocked.
package main

import (
	"fmt"
	"maps"
	"sort"
	"sync"
	"time"
)

type Reporter struct {
	mu     sync.Mutex
	counts map[string]int
	export func(map[string]int)
	stop   chan struct{}
	done   sync.WaitGroup
}

func NewReporter(export func(map[string]int)) *Reporter {
	return &Reporter{counts: make(map[string]int), export: export, stop: make(chan struct{})}
}

func (r *Reporter) Inc(route string) {
	r.mu.Lock()
	r.counts[route]++
	r.mu.Unlock()
}

func (r *Reporter) flush() {
	r.mu.Lock()
	batch := maps.Clone(r.counts)
	clear(r.counts)
	r.mu.Unlock()
	r.export(batch)
}

func (r *Reporter) Start(every time.Duration) {
	t := time.NewTicker(every)
	r.done.Go(func() {
		defer t.Stop()
		for {
			select {
			case <-r.stop:
				return
			case <-t.C:
				r.flush()
			}
		}
	})
}

func (r *Reporter) Stop() {
	close(r.stop)
	r.done.Wait()
}

func main() {
	exported := make(chan struct{})
	var once sync.Once
	var batches []string
	r := NewReporter(func(batch map[string]int) {
		keys := make([]string, 0, len(batch))
		for k, v := range batch {
			keys = append(keys, fmt.Sprintf("%s=%d", k, v))
		}
		sort.Strings(keys)
		batches = append(batches, fmt.Sprint(keys))
		once.Do(func() { close(exported) })
	})
	r.Inc("GET /orders")
	r.Inc("POST /orders")
	r.Start(time.Millisecond)

	<-exported
	r.Inc("GET /orders")
	r.Stop()
	fmt.Println("first batch:", batches[0])
}
