// A log deduplicator borrows per-batch scratch state from a sync.Pool; the pool's New makes the
// seen map, and returning the scratch clears it, so every borrowed scratch has a map.
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
	New: func() any { return &scratch{seen: make(map[string]struct{})} },
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
		s.seen[l] = struct{}{}
		s.out = append(s.out, l)
	}
	return append([]string(nil), s.out...)
}

func main() {
	fmt.Println(dedupe([]string{"GET /health", "GET /health", "POST /login"}))
}
