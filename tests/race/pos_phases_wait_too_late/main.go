// A two-phase indexer whose query goroutines are started before wg.Wait ends the build phase:
// a query reads the index while the last writer still writes it, both under no common lock
// (the writers' mutex is not taken by the readers).
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	docs := map[int]string{1: "go maps race", 2: "maps are not safe", 3: "use a mutex"}
	index := make(map[string][]int)
	var mu sync.Mutex
	var build sync.WaitGroup
	for id, text := range docs {
		build.Go(func() {
			for _, w := range strings.Fields(text) {
				mu.Lock()
				index[w] = append(index[w], id) // want "concurrent map write"
				mu.Unlock()
			}
		})
	}

	hits := make([]int, 2)
	var query sync.WaitGroup
	for i, w := range []string{"maps", "mutex"} {
		query.Go(func() { hits[i] = len(index[w]) }) // other access
	}
	build.Wait()
	query.Wait()
	fmt.Println(hits)
}
