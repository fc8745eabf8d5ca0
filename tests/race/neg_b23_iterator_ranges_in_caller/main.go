// A lease store exposes its leases as an iter.Seq2 that ranges the map in the caller's
// goroutine and yields each pair directly; the sweeper deletes expired leases from inside
// its loop, which is what a plain range over a map allows.
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
		for name, l := range s.leases {
			if !yield(name, l) {
				return
			}
		}
	}
}

func (s *leaseStore) sweep(now int64) int {
	expired := 0
	for name, l := range s.All() {
		if l.expires <= now {
			delete(s.leases, name)
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
