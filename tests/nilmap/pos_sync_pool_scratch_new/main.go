// A log deduplicator borrows per-batch scratch state from a sync.Pool; the pool's New returns
// new(scratch), whose seen map is nil, and the first batch marks a line as seen in it.
package main

import (
	"fmt"
	"sync"
)

type scratch struct {
	seen map[string]struct{}
	out  []string
}

var scratchPool = sync.Pool{
	New: func() any { return new(scratch) },
}

func dedupe(lines []string) []string {
	s := scratchPool.Get().(*scratch)
	defer func() {
		clear(s.seen)
		s.out = s.out[:0]
		scratchPool.Put(s)
	}()
	for _, l := range lines {
		if _, dup := s.seen[l]; dup {
			continue
		}
		s.seen[l] = struct{}{} // want "nil map"
		s.out = append(s.out, l)
	}
	return append([]string(nil), s.out...)
}

func main() {
	fmt.Println(dedupe([]string{"GET /health", "GET /health", "POST /login"}))
}
