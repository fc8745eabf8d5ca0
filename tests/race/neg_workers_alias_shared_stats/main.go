// A log-shipping pool builds a slice of worker structs and gives every worker a stats map of
// its own; each worker runs in its own goroutine (a method value on the slice element), and the
// pool merges the maps after every worker is done.
package main

import (
	"fmt"
	"sync"
)

type worker struct {
	id    int
	stats map[string]int
	start *sync.WaitGroup
}

func (w *worker) ship(lines []string) {
	w.start.Done()
	w.start.Wait()
	for _, l := range lines {
		w.stats[fmt.Sprintf("worker-%d", w.id)] += len(l)
	}
}

func main() {
	stats := make(map[string]int)
	var start, wg sync.WaitGroup
	batches := [][]string{{"GET /a", "GET /b"}, {"POST /c"}}
	workers := make([]worker, len(batches))
	start.Add(len(workers))
	for i := range workers {
		workers[i] = worker{id: i, stats: make(map[string]int), start: &start}
	}
	for i := range workers {
		run := workers[i].ship
		wg.Go(func() { run(batches[i]) })
	}
	wg.Wait()
	for _, w := range workers {
		for k, v := range w.stats {
			stats[k] += v
		}
	}
	fmt.Println(stats)
}
