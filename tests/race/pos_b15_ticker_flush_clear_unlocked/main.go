// A metrics reporter flushes request counts to an exporter on every tick. To keep the lock short,
// flush clones the counts under the mutex, exports the copy, and only then clears the live map,
// after unlocking, so a request counted after the clone is being cleared and counted at once.
// The test's exporter signals when the first batch has arrived, and the request comes after it.
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
	r.counts[route]++ // other access
	r.mu.Unlock()
}

func (r *Reporter) flush() {
	r.mu.Lock()
	batch := maps.Clone(r.counts)
	r.mu.Unlock()
	r.export(batch)
	clear(r.counts) // want "concurrent map write"
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
