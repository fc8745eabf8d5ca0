// A metrics agent accumulates counter deltas in a batch map and ships each full batch from a
// goroutine, so the collection loop never waits on the network. After starting the flush it
// starts a fresh batch map, leaving the old one to the flush goroutine alone.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type agent struct {
	shipped []string
	mu      sync.Mutex // guards shipped
	flushes sync.WaitGroup
}

func (a *agent) flush(batch map[string]int) {
	var lines []string
	for name, delta := range batch {
		lines = append(lines, name+"="+fmt.Sprint(delta))
	}
	sort.Strings(lines)
	a.mu.Lock()
	a.shipped = append(a.shipped, strings.Join(lines, ","))
	a.mu.Unlock()
}

func (a *agent) collect(samples []string, batchSize int) {
	batch := make(map[string]int)
	for _, s := range samples {
		batch[s]++
		if len(batch) == batchSize {
			a.flushes.Add(1)
			go func(b map[string]int) {
				defer a.flushes.Done()
				a.flush(b)
			}(batch)
			batch = make(map[string]int)
		}
	}
	a.flushes.Wait()
}

func main() {
	a := &agent{}
	a.collect([]string{"http.req", "db.query", "http.req", "cache.miss", "db.query", "gc.pause"}, 2)
	fmt.Println(len(a.shipped), "batches")
}
