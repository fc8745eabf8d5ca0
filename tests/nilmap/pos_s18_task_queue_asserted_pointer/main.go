// A job runner passes tasks to its worker on a queue of interface values. The worker asserts
// each one back to *Task and tags it with its own name. The retry path enqueues a bare
// &Task literal without the Tags map that newTask makes, and tagging that task panics.
package main

import "fmt"

type Task struct {
	ID   int
	Tags map[string]string
}

func newTask(id int) *Task {
	return &Task{ID: id, Tags: map[string]string{"origin": "api"}}
}

func enqueue(queue chan<- any, ids []int) {
	for _, id := range ids {
		queue <- newTask(id)
	}
	queue <- &Task{ID: -ids[0]} // a retry of the first task
	close(queue)
}

func work(queue <-chan any, name string) int {
	done := 0
	for v := range queue {
		t := v.(*Task)
		t.Tags["worker"] = name // want "nil map"
		done++
	}
	return done
}

func main() {
	queue := make(chan any, 4)
	go enqueue(queue, []int{1, 2})
	fmt.Println(work(queue, "w1"), "tasks done")
}
