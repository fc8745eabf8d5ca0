// A scheduler runs periodic tasks with self-rearming time.AfterFunc timers kept in a map by
// task name. Every takes the mutex around the first schedule, but the callback rearms itself
// through the same schedule helper without it, so the rearm's write to the timers map is not
// ordered with Stop, which ranges over the map under the mutex to stop every timer. The task
// reports its first run to the test, which then stops the scheduler.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Scheduler struct {
	mu     sync.Mutex
	timers map[string]*time.Timer
	runs   atomic.Int32
}

func (s *Scheduler) schedule(name string, every time.Duration, task func()) {
	s.timers[name] = time.AfterFunc(every, func() { // want "concurrent map write"
		task()
		s.runs.Add(1)
		s.schedule(name, every, task)
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
	stopped := 0
	for _, t := range s.timers { // other access
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
