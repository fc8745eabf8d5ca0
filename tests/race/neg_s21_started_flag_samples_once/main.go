// A near miss of pos_s21_latch_reset_restarts_sampler: the sampler starts its goroutine only
// while its started flag is false and sets the flag before the `go`; nothing ever sets the flag
// back, so however often start is called (here by every config reload) one sampler runs, and
// only it counts into the map until main has waited for it.
package main

import (
	"fmt"
	"sync"
)

type sampler struct {
	mu      sync.Mutex
	started bool
	counts  map[string]int
}

func (s *sampler) run(release <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	<-release
	for range 3 {
		s.counts["sample"]++
	}
}

func (s *sampler) start(release <-chan struct{}, wg *sync.WaitGroup) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.started {
		s.started = true
		wg.Add(1)
		go s.run(release, wg)
	}
}

func main() {
	s := &sampler{counts: map[string]int{}}
	release := make(chan struct{})
	reloads := make(chan int)
	var wg sync.WaitGroup
	go func() {
		for i := range 3 {
			reloads <- i
		}
		close(reloads)
	}()
	for range reloads {
		s.start(release, &wg)
	}
	close(release)
	wg.Wait()
	fmt.Println("samples:", s.counts["sample"])
}
