// A cron-like scheduler's loop records when each job last ran, and records its own shutdown
// when told to quit. Stop closes the quit channel and waits for the loop to close done, so the
// caller's report ranges over the map only after the loop's last write.
package main

import (
	"os"
	"sort"
	"strconv"
)

type Job struct {
	Name  string
	Every int64
	Run   func(tick int64)
}

type Scheduler struct {
	jobs    []Job
	lastRun map[string]int64
	tick    chan int64
	quit    chan struct{}
	done    chan struct{}
}

func New(jobs ...Job) *Scheduler {
	return &Scheduler{jobs: jobs, lastRun: make(map[string]int64), tick: make(chan int64), quit: make(chan struct{}), done: make(chan struct{})}
}

func (s *Scheduler) record(name string, tick int64) {
	s.lastRun[name] = tick
}

func (s *Scheduler) loop() {
	defer close(s.done)
	for {
		select {
		case t := <-s.tick:
			for _, j := range s.jobs {
				if t%j.Every == 0 {
					j.Run(t)
					s.record(j.Name, t)
				}
			}
		case <-s.quit:
			s.record("scheduler.stopped", -1)
			return
		}
	}
}

func (s *Scheduler) Stop() {
	close(s.quit)
	<-s.done
}

func (s *Scheduler) Report() string {
	var lines []string
	for name, t := range s.lastRun {
		lines = append(lines, name+"@"+strconv.FormatInt(t, 10))
	}
	sort.Strings(lines)
	out := ""
	for _, l := range lines {
		out += l + "\n"
	}
	return out
}

func main() {
	var compacted, rotated int
	s := New(
		Job{Name: "compact", Every: 2, Run: func(int64) { compacted++ }},
		Job{Name: "rotate-logs", Every: 3, Run: func(int64) { rotated++ }},
	)
	go s.loop()
	for t := int64(1); t <= 6; t++ {
		s.tick <- t
	}
	s.Stop()
	os.Stdout.WriteString(s.Report())
}
