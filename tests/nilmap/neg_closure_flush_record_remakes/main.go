// A log sampler hands out a record function and a flush function over one captured counts
// map. Flush reports the counts and drops the map by setting it to nil; record makes a new
// map when it finds none, so recording after a flush counts into a made map.
package main

import (
	"fmt"
	"sort"
)

func newSampler(report func(string, int)) (record func(string), flush func()) {
	counts := make(map[string]int)
	record = func(msg string) {
		if counts == nil {
			counts = make(map[string]int)
		}
		counts[msg]++
	}
	flush = func() {
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			report(k, counts[k])
		}
		counts = nil
	}
	return record, flush
}

func main() {
	record, flush := newSampler(func(msg string, n int) { fmt.Printf("%dx %s\n", n, msg) })
	record("disk almost full")
	record("disk almost full")
	flush()
	record("connection reset")
	flush()
}
