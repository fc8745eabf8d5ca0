// Workers aggregate into per-worker maps; the aggregator slice is made and then each slot's
// map is made in a loop over the slice before the worker starts.
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
	for i := range parts {
		parts[i].counts = map[string]int{}
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, w := range jobs[0] {
			parts[0].counts[w]++
		}
	}()
	wg.Wait()
	fmt.Println(parts)
}
