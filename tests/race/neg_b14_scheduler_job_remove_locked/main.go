// A cron-like scheduler ranges over its jobs on every tick, under its mutex, and starts the due
// ones in goroutines. A one-shot job removes itself when it has run, through Remove, which takes
// the mutex, so the removal and the next tick's range take turns. The test drives the ticks by
// hand. The near miss of pos_b14_scheduler_job_removes_itself.
package main

import (
	"sort"
	"strings"
	"sync"
)

type job struct {
	name    string
	oneShot bool
	run     func()
}

type Scheduler struct {
	mu      sync.Mutex
	jobs    map[string]*job
	running sync.WaitGroup
	ran     []string
}

func (s *Scheduler) Add(j *job) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.jobs[j.name] = j
}

func (s *Scheduler) Remove(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.jobs, name)
}

func (s *Scheduler) tick() []string {
	s.mu.Lock()
	var due []*job
	var names []string
	for name, j := range s.jobs {
		due = append(due, j)
		names = append(names, name)
	}
	s.mu.Unlock()
	for _, j := range due {
		s.running.Add(1)
		go func() {
			defer s.running.Done()
			j.run()
			if j.oneShot {
				s.Remove(j.name)
			}
		}()
	}
	sort.Strings(names)
	return names
}

func (s *Scheduler) loop(ticks <-chan struct{}, done chan<- []string) {
	var seen []string
	for range ticks {
		seen = append(seen, strings.Join(s.tick(), "+"))
	}
	done <- seen
}

func main() {
	s := &Scheduler{jobs: make(map[string]*job)}
	s.Add(&job{name: "warm-cache", oneShot: true, run: func() {}})
	s.Add(&job{name: "rotate-logs", run: func() {}})

	ticks := make(chan struct{})
	done := make(chan []string)
	go s.loop(ticks, done)
	ticks <- struct{}{}
	ticks <- struct{}{}
	close(ticks)
	seen := <-done
	s.running.Wait()
	println(strings.Join(seen, " | "))
}
