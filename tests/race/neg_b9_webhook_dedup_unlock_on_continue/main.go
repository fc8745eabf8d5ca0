// A webhook dispatcher drops duplicate deliveries across its workers with a shared seen set.
// Each worker walks its batch holding the mutex from the check to the insert, unlocking early on
// the duplicate's continue, so the check and the insert of an id are one critical section.
package main

import (
	"fmt"
	"sync"
)

type Dedup struct {
	mu   sync.Mutex
	seen map[string]struct{}
}

func (d *Dedup) Filter(batch []string) []string {
	var fresh []string
	for _, id := range batch {
		d.mu.Lock()
		if _, dup := d.seen[id]; dup {
			d.mu.Unlock()
			continue
		}
		d.seen[id] = struct{}{}
		d.mu.Unlock()
		fresh = append(fresh, id)
	}
	return fresh
}

func main() {
	d := &Dedup{seen: make(map[string]struct{})}
	batches := [][]string{{"evt-101", "evt-102"}, {"evt-102", "evt-103"}}
	out := make([][]string, len(batches))
	var arrived, wg sync.WaitGroup
	arrived.Add(len(batches))
	for i, b := range batches {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait() // the workers pull their batches together
			out[i] = d.Filter(b)
		})
	}
	wg.Wait()
	fmt.Println(len(out[0])+len(out[1]), "deliveries")
}
