// A job runner dequeues jobs with Dequeue, which returns (job, ok, err): ok is false, with a
// zero job, when the queue is empty. The runner's loop checks only the error, so once the
// queue is drained it stamps the start time into the zero job's nil attributes map.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Job struct {
	ID    string
	Attrs map[string]string
}

type Queue struct {
	jobs   []Job
	closed bool
}

func (q *Queue) Dequeue() (Job, bool, error) {
	if q.closed {
		return Job{}, false, errors.New("queue closed")
	}
	if len(q.jobs) == 0 {
		return Job{}, false, nil
	}
	j := q.jobs[0]
	q.jobs = q.jobs[1:]
	return j, true, nil
}

func run(q *Queue, limit int) []string {
	var ran []string
	for i := 0; i < limit; i++ {
		j, _, err := q.Dequeue()
		if err != nil {
			break
		}
		j.Attrs["started"] = time.Unix(1700000000, 0).UTC().Format(time.RFC3339) // want "nil map"
		ran = append(ran, j.ID)
	}
	return ran
}

func main() {
	q := &Queue{jobs: []Job{
		{ID: "thumb-1", Attrs: map[string]string{"size": "128"}},
		{ID: "thumb-2", Attrs: map[string]string{"size": "256"}},
	}}
	fmt.Println(run(q, 5))
}
