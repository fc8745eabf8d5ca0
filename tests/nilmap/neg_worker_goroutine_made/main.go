// Each worker makes its own map before aggregating into it.
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
	for i := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[i].counts = make(map[string]int)
			for _, w := range jobs[i] {
				parts[i].counts[w]++
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(parts))
}
