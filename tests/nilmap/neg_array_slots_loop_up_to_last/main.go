// A near miss of pos_b8_priority_queues_off_by_one: the constructor's loop runs up to and
// including the last priority level, so every level's pending table is made before a job is
// queued at the lowest priority.
package main

import "fmt"

const levels = 3

type queue struct {
	pending map[string]int // job id -> attempts
}

type Scheduler struct {
	queues [levels]queue
	queued int
}

func NewScheduler() *Scheduler {
	s := &Scheduler{}
	for i := 0; i <= levels-1; i++ {
		s.queues[i].pending = make(map[string]int)
	}
	return s
}

func (s *Scheduler) Submit(id string, priority int) {
	if priority >= levels {
		priority = levels - 1
	}
	q := &s.queues[priority]
	q.pending[id] = 0
	s.queued++
}

func (s *Scheduler) Depths() [levels]int {
	var d [levels]int
	for i := range s.queues {
		d[i] = len(s.queues[i].pending)
	}
	return d
}

func main() {
	s := NewScheduler()
	s.Submit("reindex-users", 0)
	s.Submit("send-digest", 1)
	fmt.Println(s.Depths())
	s.Submit("vacuum-archive", 7)
	fmt.Println(s.Depths(), s.queued)
}
