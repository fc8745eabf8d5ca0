// A scheduler hands one job to each of its slots by calling the pull function the queue returns
// (a closure over a cursor), ignoring the ok result; with fewer jobs than slots, next returns
// the zero Job, whose Meta map is nil, and the slot assignment writes into it.
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
		job, _ := next()
		job.Meta["slot"] = fmt.Sprint(slot) // want "nil map"
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
