// A metrics encoder keeps scratch maps in a buffered channel used as a free list; release
// replaces an oversized map by nil so the GC can take it, and acquire makes a fresh map when
// it takes a nil one off the list. The near miss of pos_b23_free_list_channel_recycles_nil.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const maxScratchKeys = 4

type sample struct {
	name  string
	value float64
}

type encoder struct {
	free chan map[string]float64
}

func newEncoder(slots int) *encoder {
	e := &encoder{free: make(chan map[string]float64, slots)}
	for range slots {
		e.free <- make(map[string]float64)
	}
	return e
}

func (e *encoder) acquire() map[string]float64 {
	select {
	case m := <-e.free:
		if m == nil {
			m = make(map[string]float64)
		}
		return m
	default:
		return make(map[string]float64)
	}
}

func (e *encoder) release(m map[string]float64) {
	if len(m) > maxScratchKeys {
		m = nil // too big to keep around
	} else {
		clear(m)
	}
	select {
	case e.free <- m:
	default:
	}
}

func (e *encoder) encode(batch []sample) string {
	sums := e.acquire()
	defer e.release(sums)
	for _, s := range batch {
		sums[s.name] += s.value
	}
	lines := make([]string, 0, len(sums))
	for name, v := range sums {
		lines = append(lines, fmt.Sprintf("%s %g", name, v))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func main() {
	enc := newEncoder(1)
	batches := [][]sample{
		{{"http_requests", 3}, {"http_errors", 1}, {"db_queries", 9}, {"db_errors", 0}, {"cache_hits", 5}},
		{{"http_requests", 2}, {"cache_hits", 1}},
	}
	for i, b := range batches {
		fmt.Printf("# batch %d\n%s\n", i, enc.encode(b))
	}
}
