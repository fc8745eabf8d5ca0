// A job scheduler keeps per-queue state in a map of struct values, each with a map of labels.
// Configure reads a queue with a plain index, stamps the queue's name into the copy, adds a
// label and stores the copy back: written as if the queue might be new. But every queue the
// program configures ("mail", "thumbs", walked from a table of settings) is registered first,
// with its label map made, so the lookup always finds one. The near miss of
// pos_b12_missing_group_zero_struct.
package main

import (
	"fmt"
	"sort"
)

type queueState struct {
	Name   string
	Labels map[string]string
	Limit  int
}

type scheduler struct {
	queues map[string]queueState
}

func newScheduler() *scheduler {
	return &scheduler{queues: make(map[string]queueState)}
}

func (s *scheduler) register(name string, limit int) {
	s.queues[name] = queueState{Name: name, Labels: make(map[string]string), Limit: limit}
}

func (s *scheduler) configure(name, label, value string) {
	q := s.queues[name]
	q.Name = name
	q.Labels[label] = value
	s.queues[name] = q
}

type setting struct{ queue, label, value string }

func main() {
	s := newScheduler()
	s.register("mail", 4)
	s.register("thumbs", 2)
	for _, st := range []setting{
		{"mail", "tier", "gold"},
		{"thumbs", "tier", "bronze"},
		{"mail", "owner", "growth"},
	} {
		s.configure(st.queue, st.label, st.value)
	}
	names := make([]string, 0, len(s.queues))
	for n := range s.queues {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, len(s.queues[n].Labels), s.queues[n].Limit)
	}
}
