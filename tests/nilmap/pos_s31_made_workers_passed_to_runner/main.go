// A job runner sizes its worker slots with make and hands them straight to the dispatch
// loop, which counts each job kind in the slot's counters map; the slots are zero Workers
// whose map nobody made (only newWorker makes one), so the first count writes a nil map.
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
		w.Counters[kind]++ // want "nil map"
	}
}

func main() {
	spare := newWorker("spare")
	workers := make([]Worker, 3)
	dispatch(workers, []string{"send:welcome", "resize:avatar-17", "send:digest"})
	fmt.Println(spare.Queue, len(workers))
}
