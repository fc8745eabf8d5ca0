// A fixed pool of resize workers, each taking every n-th job of the batch, all storing their
// output sizes in one results map without a lock.
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
	results := make(map[string]int, len(jobs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(jobs); i += workers {
				j := jobs[i]
				results[j.id] = j.width / 2 * j.height / 2 // want "concurrent map write"
			}
		})
	}
	wg.Wait()
	fmt.Println(len(results))
}
