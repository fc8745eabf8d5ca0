// A two-phase indexer: writer goroutines build the index, wg.Wait ends the phase, and only
// then do the query goroutines read it. Writers and readers never overlap.
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
				index[w] = append(index[w], id)
				mu.Unlock()
			}
		})
	}
	build.Wait()

	hits := make([]int, 2)
	var query sync.WaitGroup
	for i, w := range []string{"maps", "mutex"} {
		query.Go(func() { hits[i] = len(index[w]) })
	}
	query.Wait()
	fmt.Println(hits)
}
