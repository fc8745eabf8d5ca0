// A sampler's Start runs its loop under a sync.Once, but Stop replaces the Once with a new one
// so that the sampler can be started again, without waiting for the loop it started: a Start
// after Stop runs the new Once's function and starts a second loop while the first still
// samples, and both write the readings map. The positive beside neg_b21_sampler_start_once.
package main

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

type Sampler struct {
	readings map[string]int
	wg       sync.WaitGroup
	start    sync.Once
}

func (s *Sampler) sample(i int) {
	s.readings["g"+strconv.Itoa(i%8)] = runtime.NumGoroutine() // want "concurrent map write"
}

func (s *Sampler) Start(rounds int) {
	s.start.Do(func() { s.run(rounds) })
}

func (s *Sampler) run(rounds int) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for i := 0; i < rounds; i++ {
			s.sample(i)
			time.Sleep(2 * time.Millisecond)
		}
	}()
}

// Stop makes the sampler startable again but never tells the running loop to end.
func (s *Sampler) Stop() { s.start = sync.Once{} }

func main() {
	s := &Sampler{readings: make(map[string]int)}
	s.Start(5)
	s.Stop()
	s.Start(5)
	s.wg.Wait()
	os.Stdout.WriteString("readings: " + strconv.Itoa(len(s.readings)) + "\n")
}
