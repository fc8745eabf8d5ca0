// A fixed pool of resize workers, each taking every n-th job of the batch into a map of its
// own; the caller merges the workers' maps after wg.Wait.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	id     string
	width  int
	height int
}

func main() {
	jobs := []job{{"a", 800, 600}, {"b", 1024, 768}, {"c", 640, 480}, {"d", 320, 200}}
	const workers = 2
	perWorker := make([]map[string]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			mine := make(map[string]int)
			for i := w; i < len(jobs); i += workers {
				j := jobs[i]
				mine[j.id] = j.width / 2 * j.height / 2
			}
			perWorker[w] = mine
		})
	}
	wg.Wait()
	results := make(map[string]int, len(jobs))
	for _, mine := range perWorker {
		for id, size := range mine {
			results[id] = size
		}
	}
	fmt.Println(len(results))
}
