// A job scheduler keeps one pending table per priority level in a fixed array. Its constructor
// makes the tables in a loop whose bound is off by one, so the lowest priority level keeps a
// nil table and the first low-priority job panics when it is queued.
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
	for i := 0; i < levels-1; i++ {
		s.queues[i].pending = make(map[string]int)
	}
	return s
}

func (s *Scheduler) Submit(id string, priority int) {
	if priority >= levels {
		priority = levels - 1
	}
	q := &s.queues[priority]
	q.pending[id] = 0 // want "nil map"
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
