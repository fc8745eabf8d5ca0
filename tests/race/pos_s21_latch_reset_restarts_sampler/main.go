// A sampler starts its goroutine only while its stop channel is nil and sets the channel before
// the `go`, under its lock; but reset sets the channel back to nil without stopping the running
// goroutine, so the second start runs a second sampler beside the first and both count into the
// same map. The latch is reset, so it does not make the start happen once.
package main

import (
	"fmt"
	"sync"
)

type sampler struct {
	mu     sync.Mutex
	stop   chan struct{}
	counts map[string]int
}

func (s *sampler) run(release <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	<-release
	s.counts["sample"]++ // want "concurrent map write"
}

func (s *sampler) start(release <-chan struct{}, wg *sync.WaitGroup) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stop == nil {
		s.stop = make(chan struct{})
		wg.Add(1)
		go s.run(release, wg)
	}
}

// reset forgets the running sampler instead of stopping it.
func (s *sampler) reset() {
	s.mu.Lock()
	s.stop = nil
	s.mu.Unlock()
}

func main() {
	s := &sampler{counts: map[string]int{}}
	release := make(chan struct{})
	var wg sync.WaitGroup
	s.start(release, &wg)
	s.reset()
	s.start(release, &wg)
	close(release)
	wg.Wait()
	fmt.Println("samples:", s.counts["sample"])
}
