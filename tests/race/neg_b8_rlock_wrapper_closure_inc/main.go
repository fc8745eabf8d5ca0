// A load balancer counts requests per backend. Its stats type wraps its RWMutex in two
// helpers that run a closure under the read or the write lock; Inc uses the write helper, so
// two proxy workers counting at once are serialised.
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu     sync.RWMutex
	counts map[string]int
}

func (s *Stats) read(f func()) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	f()
}

func (s *Stats) write(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f()
}

func (s *Stats) Inc(backend string) {
	s.write(func() {
		s.counts[backend]++
	})
}

func (s *Stats) Get(backend string) (n int) {
	s.read(func() { n = s.counts[backend] })
	return n
}

func (s *Stats) Reset() {
	s.write(func() { clear(s.counts) })
}

func main() {
	s := &Stats{counts: make(map[string]int)}
	backends := []string{"10.0.1.4:8080", "10.0.1.5:8080"}
	var arrived, wg sync.WaitGroup
	arrived.Add(len(backends))
	for _, b := range backends {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait() // both workers proxy a request at once
			s.Inc(b)
		})
	}
	wg.Wait()
	fmt.Println(s.Get(backends[0]), s.Get(backends[1]))
	s.Reset()
}
