// A job queue's jobs embed a Base holding the ID, the enqueue time and a Meta map that the
// middleware chain annotates. Both constructors, NewJob and the dead-letter path's NewRetryJob,
// build the embedded Base with newBase, so the attempt annotation written through the promoted
// Meta field always has a map.
package main

import (
	"fmt"
	"strconv"
	"time"
)

type Base struct {
	ID       string
	Enqueued time.Time
	Meta     map[string]string
}

func newBase(id string) Base {
	return Base{ID: id, Enqueued: time.Now(), Meta: map[string]string{"queue": "default"}}
}

type Job struct {
	Base
	Kind    string
	Payload []byte
	Attempt int
}

func NewJob(id, kind string, payload []byte) *Job {
	return &Job{Base: newBase(id), Kind: kind, Payload: payload}
}

// NewRetryJob re-enqueues a failed job from the dead-letter store.
func NewRetryJob(failed *Job) *Job {
	attempt := failed.Attempt + 1
	j := &Job{Kind: failed.Kind, Payload: failed.Payload, Attempt: attempt}
	j.Base = newBase(failed.ID + "-r" + strconv.Itoa(attempt))
	return j
}

type Middleware func(*Job)

func annotateAttempt(j *Job) {
	if j.Attempt > 0 {
		j.Meta["attempt"] = strconv.Itoa(j.Attempt)
	}
}

func annotateKind(j *Job) { j.Meta["kind"] = j.Kind }

func enqueue(q *[]*Job, j *Job, chain ...Middleware) {
	for _, m := range chain {
		m(j)
	}
	*q = append(*q, j)
}

func main() {
	var queue []*Job
	chain := []Middleware{annotateAttempt, annotateKind}
	first := NewJob("job-41", "thumbnail", []byte("img/41.png"))
	enqueue(&queue, first, chain...)
	enqueue(&queue, NewRetryJob(first), chain...)
	for _, j := range queue {
		fmt.Println(j.ID, j.Meta)
	}
}
