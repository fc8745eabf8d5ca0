// A metrics aggregator double-buffers its counters to avoid allocating on every flush: Flush
// hands the current map to the exporter and puts the spare in its place, and the exporter gives
// the map back through Release, which clears it and makes it the next spare. The constructor
// makes both maps, so the first flush installs a made spare too. The near miss of
// pos_b14_double_buffer_spare_nil.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Aggregator struct {
	cur     map[string]float64
	spare   map[string]float64
	flushes int
}

func NewAggregator() *Aggregator {
	return &Aggregator{cur: make(map[string]float64), spare: make(map[string]float64)}
}

func (a *Aggregator) Observe(name string, v float64) {
	a.cur[name] += v
}

func (a *Aggregator) Flush() map[string]float64 {
	out := a.cur
	a.cur, a.spare = a.spare, nil
	a.flushes++
	return out
}

func (a *Aggregator) Release(m map[string]float64) {
	clear(m)
	a.spare = m
}

func export(batch map[string]float64) string {
	names := make([]string, 0, len(batch))
	for n := range batch {
		names = append(names, n)
	}
	sort.Strings(names)
	parts := make([]string, 0, len(names))
	for _, n := range names {
		parts = append(parts, fmt.Sprintf("%s=%.1f", n, batch[n]))
	}
	return strings.Join(parts, " ")
}

func main() {
	agg := NewAggregator()
	samples := [][]string{{"http.requests", "db.queries"}, {"http.requests", "cache.misses"}}
	for round, names := range samples {
		for i, n := range names {
			agg.Observe(n, float64(i+1))
		}
		batch := agg.Flush()
		fmt.Printf("flush %d: %s\n", round+1, export(batch))
		agg.Release(batch)
	}
}
