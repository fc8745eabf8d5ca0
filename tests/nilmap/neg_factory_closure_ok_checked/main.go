// A near miss of pos_b18_pull_func_exhausted_zero_job: the scheduler calls the pull function
// the queue returns (a closure over a cursor) and stops at its false ok, so the zero Job it
// returns once the queue is exhausted is never written.
package main

import (
	"fmt"
	"strings"
)

type Job struct {
	ID   string
	Meta map[string]string
}

type Queue struct {
	pending []string
}

func (q *Queue) Puller() func() (Job, bool) {
	pos := 0
	return func() (Job, bool) {
		if pos >= len(q.pending) {
			return Job{}, false
		}
		id := q.pending[pos]
		pos++
		return Job{ID: id, Meta: map[string]string{"queued": "true"}}, true
	}
}

func assign(q *Queue, slots int) []Job {
	next := q.Puller()
	var assigned []Job
	for slot := 0; slot < slots; slot++ {
		job, ok := next()
		if !ok {
			break
		}
		job.Meta["slot"] = fmt.Sprint(slot)
		assigned = append(assigned, job)
	}
	return assigned
}

func main() {
	q := &Queue{pending: []string{"build-17", "test-17", "lint-17"}}
	for _, slots := range []int{2, 4} {
		jobs := assign(q, slots)
		var ids []string
		for _, j := range jobs {
			ids = append(ids, j.ID+"@"+j.Meta["slot"])
		}
		fmt.Println(strings.Join(ids, " "))
	}
}
