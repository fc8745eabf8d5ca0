// Workers aggregate into per-worker maps; the aggregator slice was made but its maps were not.
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
		for _, w := range jobs[0] {
			parts[0].counts[w]++ // want "nil map"
		}
	}()
	wg.Wait()
	fmt.Println(parts)
}
