// A batch scheduler holds its jobs at a starting gate (a sync.Cond) so they all begin together,
// and each job records when it passed the gate. The jobs leave the critical section as soon as
// the gate opens and record afterwards, so every job writes the started map without the mutex.
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

func (s *Scheduler) waitGate() {
	s.mu.Lock()
	for !s.open {
		s.gate.Wait()
	}
	s.mu.Unlock()
}

func (s *Scheduler) runJob(name string, work func() int) int {
	s.waitGate()
	s.started[name] = time.Now() // want "concurrent map write"
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
