// A host agent's constructor starts its sampler, and main starts it again when metrics are
// enabled on the command line; Start has no started guard, so two sampling loops run and both
// store their first sample into the readings map at once.
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
	stop     chan struct{}
	wg       sync.WaitGroup
}

func (s *Sampler) sample() {
	s.readings["goroutines"] = runtime.NumGoroutine() // want "concurrent map write"
}

func (s *Sampler) Start(interval time.Duration) {
	s.wg.Go(func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		s.sample()
		for {
			select {
			case <-t.C:
				s.sample()
			case <-s.stop:
				return
			}
		}
	})
}

func (s *Sampler) Stop() {
	close(s.stop)
	s.wg.Wait()
}

type Agent struct {
	sampler *Sampler
}

func NewAgent() *Agent {
	a := &Agent{sampler: &Sampler{readings: make(map[string]int), stop: make(chan struct{})}}
	a.sampler.Start(time.Second)
	return a
}

func main() {
	agent := NewAgent()
	metricsEnabled := len(os.Args) < 2 || os.Args[1] != "-no-metrics"
	if metricsEnabled {
		agent.sampler.Start(time.Second)
	}
	agent.sampler.Stop()
	os.Stdout.WriteString("readings: " + strconv.Itoa(len(agent.sampler.readings)) + "\n")
}
