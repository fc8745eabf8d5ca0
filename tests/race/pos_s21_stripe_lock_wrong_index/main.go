// A near miss of neg_real_prometheus_striped_series_locks: the stripes' maps and locks are
// parallel slices, but the writer locks the stripe its hash picks and then writes the next
// stripe's map (an off-by-one in the bucket arithmetic), so it holds another stripe's lock than
// the counter that ranges over that map. (The counter starts late and the writer's stripe is
// the last, so that the counter reaches the written map before it takes the writer's lock.)
package main

import (
	"fmt"
	"sync"
	"time"
)

type stripes struct {
	size   int
	hashes []map[uint64]string
	locks  []sync.Mutex
}

func newStripes(size int) *stripes {
	s := &stripes{size: size, hashes: make([]map[uint64]string, size), locks: make([]sync.Mutex, size)}
	for i := range s.hashes {
		s.hashes[i] = map[uint64]string{}
	}
	return s
}

func (s *stripes) add(hash uint64, name string) {
	i := int(hash % uint64(s.size))
	s.locks[i].Lock()
	s.hashes[(i+1)%s.size][hash] = name // want "concurrent map write"
	s.locks[i].Unlock()
}

// count walks the stripes, each under its own lock.
func (s *stripes) count() int {
	n := 0
	for i := 0; i < s.size; i++ {
		s.locks[i].Lock()
		for range s.hashes[i] { // other access
			n++
		}
		s.locks[i].Unlock()
	}
	return n
}

func main() {
	s := newStripes(2)
	s.add(1, "warm")
	var wg sync.WaitGroup
	ready := make(chan struct{})
	wg.Go(func() {
		<-ready
		time.Sleep(50 * time.Millisecond)
		_ = s.count()
	})
	wg.Go(func() {
		<-ready
		s.add(1, "series")
	})
	close(ready)
	wg.Wait()
	fmt.Println(s.count())
}
