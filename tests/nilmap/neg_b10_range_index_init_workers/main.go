// A log shipper splits lines across a fixed set of workers, each deduplicating what it has seen.
// The setup loop makes each worker's seen map through a pointer to the slice element, so the
// workers in the slice all have their maps before the first line is routed.
package main

import (
	"fmt"
	"hash/fnv"
	"strings"
)

type worker struct {
	id      int
	seen    map[uint64]bool
	shipped int
}

type shipper struct {
	workers []worker
}

func newShipper(n int) *shipper {
	s := &shipper{workers: make([]worker, n)}
	for i := range s.workers {
		w := &s.workers[i]
		w.id = i
		w.seen = make(map[uint64]bool)
	}
	return s
}

func hashLine(line string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(line))
	return h.Sum64()
}

func (s *shipper) ship(line string) {
	h := hashLine(line)
	w := &s.workers[h%uint64(len(s.workers))]
	if w.seen[h] {
		return
	}
	w.seen[h] = true
	w.shipped++
}

func main() {
	s := newShipper(3)
	logs := `GET /health 200
POST /orders 201
GET /health 200
GET /orders/7 404`
	for _, line := range strings.Split(logs, "\n") {
		s.ship(line)
	}
	for _, w := range s.workers {
		fmt.Printf("worker %d shipped %d\n", w.id, w.shipped)
	}
}
