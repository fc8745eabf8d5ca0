// A batch scheduler holds its jobs at a starting gate (a sync.Cond) so they all begin together,
// and each job records when it passed the gate. Each job records while it still holds the mutex
// that Wait gave back to it, before leaving the critical section.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Scheduler struct {
	mu      sync.Mutex
	gate    *sync.Cond
	open    bool
	started map[string]time.Time
}

func NewScheduler() *Scheduler {
	s := &Scheduler{started: make(map[string]time.Time)}
	s.gate = sync.NewCond(&s.mu)
	return s
}

func (s *Scheduler) waitGate(name string) {
	s.mu.Lock()
	for !s.open {
		s.gate.Wait()
	}
	s.started[name] = time.Now()
	s.mu.Unlock()
}

func (s *Scheduler) runJob(name string, work func() int) int {
	s.waitGate(name)
	return work()
}

func (s *Scheduler) Open() {
	s.mu.Lock()
	s.open = true
	s.mu.Unlock()
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
