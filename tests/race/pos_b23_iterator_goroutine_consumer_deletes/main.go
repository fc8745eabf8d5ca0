// A lease store exposes its leases as an iter.Seq2 that ranges the map in a producer
// goroutine and hands each pair over a channel. The sweeper deletes expired leases from
// inside its loop, as it may while ranging a map itself, but here the map is still being
// ranged by the producer goroutine.
package main

import (
	"iter"
	"os"
	"strconv"
)

type lease struct {
	holder  string
	expires int64
}

type leaseStore struct {
	leases map[string]lease
}

func (s *leaseStore) All() iter.Seq2[string, lease] {
	return func(yield func(string, lease) bool) {
		type pair struct {
			name string
			l    lease
		}
		pairs := make(chan pair)
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			defer close(pairs)
			for name, l := range s.leases { // other access
				select {
				case pairs <- pair{name, l}:
				case <-stop:
					return
				}
			}
		}()
		for p := range pairs {
			if !yield(p.name, p.l) {
				return
			}
		}
	}
}

func (s *leaseStore) sweep(now int64) int {
	expired := 0
	for name, l := range s.All() {
		if l.expires <= now {
			delete(s.leases, name) // want "concurrent map write"
			expired++
		}
	}
	return expired
}

func main() {
	s := &leaseStore{leases: make(map[string]lease)}
	for i := range 12 {
		s.leases["job-"+strconv.Itoa(i)] = lease{holder: "worker-" + strconv.Itoa(i%3), expires: int64(100 + i*10)}
	}
	n := s.sweep(160)
	os.Stdout.WriteString("expired " + strconv.Itoa(n) + ", kept " + strconv.Itoa(len(s.leases)) + "\n")
}
