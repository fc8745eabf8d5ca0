// A webhook dispatcher drops duplicate deliveries across its workers with a shared seen set.
// Each worker walks its batch checking the set under the mutex, but it unlocks right after the
// check and records the event id after that, so the workers insert ids without the lock while
// the other worker checks or inserts.
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
		_, dup := d.seen[id] // other access
		d.mu.Unlock()
		if dup {
			continue
		}
		d.seen[id] = struct{}{} // want "concurrent map write"
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
