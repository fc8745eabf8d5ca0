// A build scheduler queues jobs on a buffered channel of Job values. It finishes preparing each
// job, making its metadata map for the worker's annotations, before the send copies the struct,
// so every worker's copy carries the map.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type Job struct {
	ID     int
	Target string
	Meta   map[string]string
}

type Scheduler struct {
	queue chan Job
	wg    sync.WaitGroup
	done  []string
}

func (s *Scheduler) Submit(target string, id int) {
	job := Job{ID: id, Target: target}
	job.Meta = make(map[string]string)
	job.Meta["submitted-by"] = "ci"
	s.queue <- job
}

func (s *Scheduler) worker() {
	defer s.wg.Done()
	for job := range s.queue {
		job.Meta["runner"] = "runner-" + strconv.Itoa(job.ID%2)
		s.done = append(s.done, job.Target+"@"+job.Meta["runner"])
	}
}

func main() {
	s := &Scheduler{queue: make(chan Job, 8)}
	for i, target := range []string{"//api:server", "//web:bundle"} {
		s.Submit(target, i+1)
	}
	close(s.queue)
	s.wg.Add(1)
	go s.worker()
	s.wg.Wait()
	for _, d := range s.done {
		fmt.Println("built", d)
	}
}
