// Workers send made maps over a channel; the collector checks ok and annotates each result.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan map[string]int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- map[string]int{"worker": i}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for {
		r, ok := <-results
		if !ok {
			break
		}
		r["collected"] = 1
		total += r["collected"]
	}
	fmt.Println(total)
}
