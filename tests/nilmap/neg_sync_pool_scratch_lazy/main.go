// A log deduplicator borrows per-batch scratch state from a sync.Pool whose New returns
// new(scratch); the borrower makes the seen map the first time a scratch value comes out of the
// pool, and later batches reuse it after clearing it.
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
	if s.seen == nil {
		s.seen = make(map[string]struct{}, len(lines))
	}
	for _, l := range lines {
		if _, dup := s.seen[l]; dup {
			continue
		}
		s.seen[l] = struct{}{}
		s.out = append(s.out, l)
	}
	return append([]string(nil), s.out...)
}

func main() {
	fmt.Println(dedupe([]string{"GET /health", "GET /health", "POST /login"}))
	fmt.Println(dedupe([]string{"GET /ready"}))
}
