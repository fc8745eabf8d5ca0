// A log shipper groups lines by stream before flushing them. A generic helper appends to a
// multimap of any map type whose values are slices. The shipper is built by a constructor that
// makes the pending multimap, so Append always writes into a made map.
package main

import (
	"fmt"
	"sort"
)

func Append[M ~map[K][]V, K comparable, V any](m M, k K, v V) int {
	m[k] = append(m[k], v)
	return len(m[k])
}

type Streams map[string][]string

type Shipper struct {
	batchSize int
	pending   Streams
	flushed   int
}

func NewShipper(batchSize int) *Shipper {
	return &Shipper{batchSize: batchSize, pending: make(Streams)}
}

func (s *Shipper) Ship(stream, line string) {
	if Append(s.pending, stream, line) >= s.batchSize {
		s.flushed += len(s.pending[stream])
		delete(s.pending, stream)
	}
}

func main() {
	s := NewShipper(2)
	for i, line := range []string{"GET /", "GET /health", "POST /login"} {
		stream := "nginx"
		if i == 2 {
			stream = "auth"
		}
		s.Ship(stream, line)
	}
	keys := make([]string, 0, len(s.pending))
	for k := range s.pending {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(s.flushed, keys)
}
