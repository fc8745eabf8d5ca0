// A log sampler returns a pair of closures over one counts map: record counts a message and
// flush reports and drops the counts by setting the map to nil, so the next record panics.
package main

import (
	"fmt"
	"sort"
)

func newSampler(report func(string, int)) (record func(string), flush func()) {
	counts := make(map[string]int)
	record = func(msg string) {
		counts[msg]++ // want "nil map"
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
