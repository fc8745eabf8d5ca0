// A build runner keeps pointers to its jobs in the queue slice and holds the newest job
// pointer while it prunes the finished jobs with slices.DeleteFunc, which zeroes the
// slice's tail slots but not the jobs they pointed to. A near miss of a pointer into a
// slice kept across an in-place delete: here the kept value is a copy of the job pointer.
package main

import (
	"fmt"
	"slices"
	"time"
)

type job struct {
	id    string
	done  bool
	attrs map[string]string
}

type runner struct {
	queue []*job
	clock func() time.Time
}

func (r *runner) submit(id string) {
	r.queue = append(r.queue, &job{id: id, attrs: map[string]string{"submitted": r.clock().Format(time.RFC3339)}})
}

func (r *runner) finish(id string) {
	for i := range r.queue {
		if r.queue[i].id == id {
			r.queue[i].done = true
		}
	}
}

func (r *runner) prune() {
	r.queue = slices.DeleteFunc(r.queue, func(j *job) bool { return j.done })
}

// startNewest starts the most recently submitted job, housekeeping the queue first.
func (r *runner) startNewest() string {
	if len(r.queue) == 0 {
		return ""
	}
	next := r.queue[len(r.queue)-1]
	r.prune()
	next.attrs["started"] = r.clock().Format(time.RFC3339)
	return next.id
}

func main() {
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	tick := 0
	r := &runner{clock: func() time.Time {
		tick++
		return start.Add(time.Duration(tick) * time.Minute)
	}}
	for _, id := range []string{"build-101", "build-102", "build-103", "build-104"} {
		r.submit(id)
	}
	r.finish("build-101")
	r.finish("build-102")
	id := r.startNewest()
	for _, j := range r.queue {
		fmt.Printf("%s done=%v attrs=%v\n", j.id, j.done, j.attrs)
	}
	fmt.Println("started:", id)
}
