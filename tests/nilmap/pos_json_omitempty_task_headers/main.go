// A job queue stores tasks as JSON. newTask gives every task an empty headers map, but the
// field is tagged omitempty, so an empty map is left out of the message and the worker
// decodes a task whose headers map is nil; stamping the attempt number panics.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
)

type Task struct {
	ID      string            `json:"id"`
	Kind    string            `json:"kind"`
	Headers map[string]string `json:"headers,omitempty"`
}

func newTask(id, kind string) Task {
	return Task{ID: id, Kind: kind, Headers: map[string]string{}}
}

type queue struct {
	msgs [][]byte
}

func (q *queue) push(t Task) error {
	b, err := json.Marshal(t)
	if err != nil {
		return err
	}
	q.msgs = append(q.msgs, b)
	return nil
}

func (q *queue) pop() (Task, bool, error) {
	var t Task
	if len(q.msgs) == 0 {
		return t, false, nil
	}
	b := q.msgs[0]
	q.msgs = q.msgs[1:]
	return t, true, json.Unmarshal(b, &t)
}

func work(q *queue, attempt int) []string {
	var done []string
	for {
		t, ok, err := q.pop()
		if err != nil || !ok {
			return done
		}
		t.Headers["x-attempt"] = strconv.Itoa(attempt) // want "nil map"
		done = append(done, t.ID+"/"+t.Kind+"#"+t.Headers["x-attempt"])
	}
}

func main() {
	q := &queue{}
	for i, kind := range []string{"resize", "thumbnail"} {
		if err := q.push(newTask(fmt.Sprint("t", i), kind)); err != nil {
			panic(err)
		}
	}
	fmt.Println(work(q, 1))
}
