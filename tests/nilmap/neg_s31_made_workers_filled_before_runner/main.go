// A job runner sizes its worker slots with make, fills every slot with newWorker, and only
// then hands them to the dispatch loop that counts job kinds in each slot's map. A near miss
// of made slots handed to a writer: here no slot keeps its zero value.
package main

import (
	"fmt"
	"strings"
)

type Worker struct {
	Queue    string
	Counters map[string]int
}

func newWorker(queue string) Worker {
	return Worker{Queue: queue, Counters: make(map[string]int)}
}

func dispatch(workers []Worker, jobs []string) {
	for i, job := range jobs {
		w := &workers[i%len(workers)]
		kind, _, _ := strings.Cut(job, ":")
		w.Counters[kind]++
	}
}

func main() {
	workers := make([]Worker, 3)
	for i := range workers {
		workers[i] = newWorker(fmt.Sprintf("q%d", i))
	}
	dispatch(workers, []string{"send:welcome", "resize:avatar-17", "send:digest"})
	for _, w := range workers {
		fmt.Println(w.Queue, w.Counters)
	}
}
