// A latency recorder keeps per-endpoint stats by value and updates them with the upsert idiom;
// a stats value without its histogram (a new endpoint's zero value) gets one before the write.
package main

import (
	"fmt"
	"sort"
)

type endpointStats struct {
	calls   int
	buckets map[int]int // latency bucket (ms) -> count
}

type recorder struct {
	byPath map[string]endpointStats
}

func (r *recorder) observe(path string, ms int) {
	s := r.byPath[path]
	s.calls++
	if s.buckets == nil {
		s.buckets = make(map[int]int)
	}
	s.buckets[ms/50*50]++
	r.byPath[path] = s
}

func main() {
	r := &recorder{byPath: map[string]endpointStats{}}
	for _, ms := range []int{12, 70, 180} {
		r.observe("/search", ms)
	}
	r.observe("/login", 30)
	paths := make([]string, 0, len(r.byPath))
	for p := range r.byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Println(p, r.byPath[p].calls, len(r.byPath[p].buckets))
	}
}
