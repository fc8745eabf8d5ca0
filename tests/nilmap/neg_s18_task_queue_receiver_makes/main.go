// A job runner passes tasks to its worker on a queue of interface values. The retry path
// enqueues a bare &Task literal without a Tags map, but the worker makes the map when a task
// arrives without one before it tags the task.
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
	queue <- &Task{ID: -ids[0]}
	close(queue)
}

func work(queue <-chan any, name string) int {
	done := 0
	for v := range queue {
		t := v.(*Task)
		if t.Tags == nil {
			t.Tags = make(map[string]string)
		}
		t.Tags["worker"] = name
		done++
	}
	return done
}

func main() {
	queue := make(chan any, 4)
	go enqueue(queue, []int{1, 2})
	fmt.Println(work(queue, "w1"), "tasks done")
}
