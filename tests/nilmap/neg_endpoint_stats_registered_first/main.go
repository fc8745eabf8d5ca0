// A job scheduler keeps per-queue state by value. Enqueue makes sure the queue's entry exists
// (with its label map) before it reads the entry back and updates it.
package main

import "fmt"

type queueState struct {
	depth  int
	labels map[string]string
}

type scheduler struct {
	queues map[string]queueState
}

func (s *scheduler) ensure(name string) {
	if _, ok := s.queues[name]; !ok {
		s.queues[name] = queueState{labels: map[string]string{"queue": name}}
	}
}

func (s *scheduler) Enqueue(name, job string) {
	s.ensure(name)
	q := s.queues[name]
	q.depth++
	q.labels["last"] = job
	s.queues[name] = q
}

func main() {
	s := &scheduler{queues: map[string]queueState{}}
	s.Enqueue("emails", "welcome-1")
	s.Enqueue("emails", "welcome-2")
	s.Enqueue("reports", "daily")
	fmt.Println(s.queues["emails"].depth, s.queues["emails"].labels["last"], s.queues["reports"].depth)
}
