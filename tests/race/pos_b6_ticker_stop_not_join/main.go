// A request-rate sampler's goroutine records a sample into its counts map on every tick.
// Shutdown stops the ticker and then writes the final sample itself, as if Stop ended the
// goroutine; Stop only stops future ticks, and the goroutine is still recording the tick it
// already received. (It is told to quit and joined only after the final write.)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type sampler struct {
	requests atomic.Int64
	counts   map[string]int64
	ticker   *time.Ticker
	live     chan struct{} // closed on the first tick
	liveOnce sync.Once
	quit     chan struct{}
	done     sync.WaitGroup
}

func startSampler(every time.Duration) *sampler {
	s := &sampler{
		counts: make(map[string]int64),
		ticker: time.NewTicker(every),
		live:   make(chan struct{}),
		quit:   make(chan struct{}),
	}
	s.done.Go(s.run)
	return s
}

func (s *sampler) run() {
	for {
		select {
		case <-s.ticker.C:
			s.liveOnce.Do(func() { close(s.live) })
			s.counts["requests"] += s.requests.Swap(0) // want "concurrent map write"
		case <-s.quit:
			return
		}
	}
}

func (s *sampler) Shutdown() map[string]int64 {
	s.ticker.Stop()
	s.counts["requests"] += s.requests.Swap(0) // other access
	close(s.quit)
	s.done.Wait()
	return s.counts
}

func main() {
	s := startSampler(time.Millisecond)
	for range 100 {
		s.requests.Add(1)
	}
	<-s.live
	counts := s.Shutdown()
	fmt.Println("requests:", counts["requests"])
}
