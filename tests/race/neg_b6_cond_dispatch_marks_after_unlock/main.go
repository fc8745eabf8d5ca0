// A job scheduler's dispatch workers wait on a sync.Cond until the loader has queued a job,
// take it from the queue, and mark it dispatched in the shared state map. Each worker marks its
// job before it releases the Cond's lock, so the marks and the loader's writes are serialised.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type scheduler struct {
	mu    sync.Mutex
	cond  *sync.Cond
	queue []string
	state map[string]string
}

func newScheduler() *scheduler {
	s := &scheduler{state: make(map[string]string)}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *scheduler) enqueue(job string) {
	s.mu.Lock()
	s.queue = append(s.queue, job)
	s.state[job] = "queued"
	s.mu.Unlock()
	s.cond.Signal()
}

func (s *scheduler) dispatchOne(worker string) {
	s.mu.Lock()
	for len(s.queue) == 0 {
		s.cond.Wait()
	}
	job := s.queue[0]
	s.queue = s.queue[1:]
	s.state[job] = "dispatched to " + worker
	s.mu.Unlock()
}

func main() {
	s := newScheduler()
	var workers sync.WaitGroup
	for _, w := range []string{"w1", "w2"} {
		workers.Go(func() { s.dispatchOne(w) })
	}
	s.enqueue("build-17")
	s.enqueue("build-18")
	workers.Wait()
	jobs := make([]string, 0, len(s.state))
	for job, st := range s.state {
		jobs = append(jobs, job+": "+st)
	}
	sort.Strings(jobs)
	fmt.Println(jobs)
}
