// A scheduler runs periodic tasks with self-rearming time.AfterFunc timers kept in a map by
// task name. Every and the callback's rearm both take the mutex around the schedule helper,
// and the rearm checks the stopped flag first, so the rearm's write to the timers map is
// ordered with Stop, which ranges over the map under the mutex. The task reports its first
// run to the test, which then stops the scheduler.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Scheduler struct {
	mu      sync.Mutex
	stopped bool
	timers  map[string]*time.Timer
	runs    atomic.Int32
}

func (s *Scheduler) schedule(name string, every time.Duration, task func()) {
	s.timers[name] = time.AfterFunc(every, func() {
		task()
		s.runs.Add(1)
		s.mu.Lock()
		defer s.mu.Unlock()
		if !s.stopped {
			s.schedule(name, every, task)
		}
	})
}

func (s *Scheduler) Every(name string, every time.Duration, task func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.schedule(name, every, task)
}

func (s *Scheduler) Stop() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopped = true
	stopped := 0
	for _, t := range s.timers {
		if t.Stop() {
			stopped++
		}
	}
	return stopped
}

func main() {
	s := &Scheduler{timers: make(map[string]*time.Timer)}
	firstRun := make(chan struct{})
	var once sync.Once
	s.Every("compact-wal", time.Millisecond, func() {
		once.Do(func() { firstRun <- struct{}{} })
	})

	<-firstRun
	stopped := s.Stop()
	time.Sleep(3 * time.Millisecond)
	fmt.Println("stopped", stopped, "timers; ran:", s.runs.Load() > 0)
}
