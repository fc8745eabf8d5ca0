// A sampler's Start runs its loop only when it wins a CompareAndSwap on the started flag, but
// Stop only clears the flag and leaves the loop running: a Start after Stop wins the swap again
// and starts a second loop while the first still samples, and both write the readings map.
// The positive beside neg_b21_sampler_start_cas_guard.
package main

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

type Sampler struct {
	readings map[string]int
	wg       sync.WaitGroup
	started  atomic.Bool
}

func (s *Sampler) sample(i int) {
	s.readings["g"+strconv.Itoa(i%8)] = runtime.NumGoroutine() // want "concurrent map write"
}

func (s *Sampler) Start(rounds int) {
	if !s.started.CompareAndSwap(false, true) {
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for i := 0; i < rounds; i++ {
			s.sample(i)
			time.Sleep(2 * time.Millisecond)
		}
	}()
}

// Stop lets the next Start through but never tells the running loop to end.
func (s *Sampler) Stop() { s.started.Store(false) }

func main() {
	s := &Sampler{readings: make(map[string]int)}
	s.Start(5)
	s.Stop()
	s.Start(5)
	s.wg.Wait()
	os.Stdout.WriteString("readings: " + strconv.Itoa(len(s.readings)) + "\n")
}
