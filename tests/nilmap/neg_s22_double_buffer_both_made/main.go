// A metrics aggregator double-buffers its counters: Flush hands the current map out and puts
// the spare in its place, and Release clears a returned map and keeps it as the next spare.
// Its constructor makes both maps, so the swap never installs a nil map.
package main

import (
	"fmt"
	"sort"
)

type aggregator struct {
	cur   map[string]int
	spare map[string]int
}

func newAggregator() *aggregator {
	return &aggregator{cur: make(map[string]int), spare: make(map[string]int)}
}

func (a *aggregator) observe(name string, n int) {
	a.cur[name] += n
}

func (a *aggregator) flush() map[string]int {
	out := a.cur
	a.cur, a.spare = a.spare, nil
	return out
}

func (a *aggregator) release(m map[string]int) {
	clear(m)
	a.spare = m
}

func main() {
	agg := newAggregator()
	for round, names := range [][]string{{"rpc.calls", "rpc.errors"}, {"rpc.calls"}} {
		for _, n := range names {
			agg.observe(n, round+1)
		}
		batch := agg.flush()
		keys := make([]string, 0, len(batch))
		for k := range batch {
			keys = append(keys, fmt.Sprintf("%s=%d", k, batch[k]))
		}
		sort.Strings(keys)
		fmt.Println(round, keys)
		agg.release(batch)
	}
}
