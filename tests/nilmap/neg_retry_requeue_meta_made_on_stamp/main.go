// A job worker reads jobs by value from a channel and stamps each attempt into the job's
// metadata. The retry path requeues a fresh job{} carrying only the ID and attempt count, and
// stamp makes the metadata map of a job that arrives without one before writing into it.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type job struct {
	ID      string
	Attempt int
	Meta    map[string]string
}

func newJob(id string) job {
	return job{ID: id, Meta: map[string]string{"source": "api"}}
}

type worker struct {
	queue   chan job
	handler func(job) error
	done    []job
}

func (w *worker) requeue(j job) {
	w.queue <- job{ID: j.ID, Attempt: j.Attempt + 1}
}

func (w *worker) stamp(j job) {
	if j.Meta == nil {
		j.Meta = map[string]string{}
	}
	j.Meta["attempt"] = strconv.Itoa(j.Attempt)
}

func (w *worker) drain() {
	for len(w.queue) > 0 {
		j := <-w.queue
		w.stamp(j)
		if err := w.handler(j); err != nil && j.Attempt < 2 {
			w.requeue(j)
			continue
		}
		w.done = append(w.done, j)
	}
}

var errBusy = errors.New("downstream busy")

func main() {
	w := &worker{queue: make(chan job, 8)}
	w.handler = func(j job) error {
		if j.ID == "j2" && j.Attempt == 0 {
			return errBusy
		}
		return nil
	}
	w.queue <- newJob("j1")
	w.queue <- newJob("j2")
	w.drain()
	for _, j := range w.done {
		fmt.Println(j.ID, j.Attempt, j.Meta)
	}
}
