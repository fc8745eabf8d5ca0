// Workers aggregate into per-worker maps; the aggregator slice is made and the worker
// replaces its own slot with a fresh partial holding a made map before counting into it.
package main

import (
	"fmt"
	"sync"
)

type partial struct {
	counts map[string]int
}

func main() {
	jobs := [][]string{{"a", "b"}, {"b", "c"}}
	parts := make([]partial, len(jobs))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		parts[0] = partial{counts: make(map[string]int)}
		for _, w := range jobs[0] {
			parts[0].counts[w]++
		}
	}()
	wg.Wait()
	fmt.Println(parts)
}
