// A cron-like scheduler ticks every millisecond and starts each due job in its own goroutine.
// Schedule, the tick loop, Status and run, which records when a job last ran, all hold the
// scheduler's mutex, so the admin's Status call made as soon as the backup job has started reads
// the lastRun map either before or after each job records itself.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	Name  string
	Every time.Duration
	Fn    func()
}

type Scheduler struct {
	mu      sync.Mutex
	jobs    []*Job
	next    map[string]time.Time
	lastRun map[string]time.Time
	running sync.WaitGroup
	quit    chan struct{}
	done    chan struct{}
}

func NewScheduler() *Scheduler {
	s := &Scheduler{next: map[string]time.Time{}, lastRun: map[string]time.Time{},
		quit: make(chan struct{}), done: make(chan struct{})}
	go s.loop()
	return s
}

func (s *Scheduler) Schedule(j *Job) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.jobs = append(s.jobs, j)
}

func (s *Scheduler) loop() {
	defer close(s.done)
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-s.quit:
			return
		case now := <-t.C:
			s.mu.Lock()
			for _, j := range s.jobs {
				if now.After(s.next[j.Name]) {
					s.next[j.Name] = now.Add(j.Every)
					s.running.Add(1)
					go s.run(j)
				}
			}
			s.mu.Unlock()
		}
	}
}

func (s *Scheduler) run(j *Job) {
	defer s.running.Done()
	j.Fn()
	s.mu.Lock()
	s.lastRun[j.Name] = time.Now()
	s.mu.Unlock()
}

func (s *Scheduler) Status() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for name := range s.lastRun {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

func (s *Scheduler) Stop() {
	close(s.quit)
	<-s.done
	s.running.Wait()
}

func main() {
	s := NewScheduler()
	started := make(chan struct{})
	s.Schedule(&Job{Name: "backup", Every: time.Hour, Fn: func() { close(started) }})
	s.Schedule(&Job{Name: "compact", Every: time.Hour, Fn: func() {}})
	<-started
	ran := s.Status()
	s.Stop()
	fmt.Println("jobs that had finished when backup started:", len(ran))
}
