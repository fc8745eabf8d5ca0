// A metrics aggregator double-buffers its counters: writers count into the active buffer and
// Flush switches to the other one and ships the old. The constructor makes both buffers, so
// the writes after a flush land in the second one.
package main

import (
	"fmt"
	"sort"
)

type Shipper interface {
	Ship(batch map[string]int)
}

type stdoutShipper struct{}

func (stdoutShipper) Ship(batch map[string]int) {
	keys := make([]string, 0, len(batch))
	for k := range batch {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, batch[k])
	}
	fmt.Println()
}

type Aggregator struct {
	buffers [2]map[string]int
	active  int
	out     Shipper
}

func NewAggregator(out Shipper) *Aggregator {
	a := &Aggregator{out: out}
	for i := range a.buffers {
		a.buffers[i] = make(map[string]int)
	}
	return a
}

func (a *Aggregator) Count(name string, n int) {
	a.buffers[a.active][name] += n
}

func (a *Aggregator) Flush() {
	full := a.buffers[a.active]
	a.active = 1 - a.active
	a.out.Ship(full)
	clear(full)
}

func main() {
	a := NewAggregator(stdoutShipper{})
	a.Count("http.requests", 3)
	a.Count("http.errors", 1)
	a.Flush()
	a.Count("http.requests", 2)
	a.Flush()
}
