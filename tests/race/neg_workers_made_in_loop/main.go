// A word counter gives each worker a struct with its own tally map, made in the loop that
// builds the workers; each goroutine writes only its own worker's map.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type worker struct {
	id    int
	tally map[string]int
}

func (w *worker) count(text string) {
	for _, word := range strings.Fields(text) {
		w.tally[word]++
	}
}

func main() {
	texts := []string{"a b a", "b c", "c c a"}
	workers := make([]worker, len(texts))
	for i := range workers {
		workers[i].id = i
		workers[i].tally = make(map[string]int)
	}
	var wg sync.WaitGroup
	for i, text := range texts {
		w := workers[i]
		wg.Go(func() { w.count(text) })
	}
	wg.Wait()
	total := 0
	for _, w := range workers {
		total += len(w.tally)
	}
	fmt.Println(total)
}
