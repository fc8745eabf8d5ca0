// A batch scheduler holds its jobs at a starting gate whose mutex is the sync.Cond's own Locker
// (`s.gate.L`); each job records when it passed the gate only after leaving the critical
// section, so every job writes the started map without the lock. The positive beside
// neg_real_fzf_cond_locker_guards_events.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Scheduler struct {
	gate    *sync.Cond
	open    bool
	started map[string]time.Time
}

func NewScheduler() *Scheduler {
	s := &Scheduler{started: make(map[string]time.Time)}
	s.gate = sync.NewCond(&sync.Mutex{})
	return s
}

func (s *Scheduler) waitGate() {
	s.gate.L.Lock()
	for !s.open {
		s.gate.Wait()
	}
	s.gate.L.Unlock()
}

func (s *Scheduler) runJob(name string, work func() int) int {
	s.waitGate()
	s.started[name] = time.Now() // want "concurrent map write"
	return work()
}

func (s *Scheduler) Open() {
	s.gate.L.Lock()
	s.open = true
	s.gate.L.Unlock()
	s.gate.Broadcast()
}

func main() {
	s := NewScheduler()
	jobs := map[string]func() int{
		"reindex":  func() int { return 3 },
		"compact":  func() int { return 5 },
		"snapshot": func() int { return 8 },
	}
	var wg sync.WaitGroup
	results := make(chan int, len(jobs))
	for name, work := range jobs {
		wg.Go(func() { results <- s.runJob(name, work) })
	}
	s.Open()
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	names := make([]string, 0, len(s.started))
	for n := range s.started {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names, sum)
}
