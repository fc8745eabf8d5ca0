// A log sampler returns a pair of closures over one counts map: record counts a message and
// flush reports the counts and starts a fresh map, so later records have a map to write.
package main

import (
	"fmt"
	"sort"
)

func newSampler(report func(string, int)) (record func(string), flush func()) {
	counts := make(map[string]int)
	record = func(msg string) {
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
		counts = make(map[string]int)
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
