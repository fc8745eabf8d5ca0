// Access-log statistics: one goroutine per log shard, started in a loop, each counting into
// its own map; the maps are merged after wg.Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	shards := [][]int{{200, 200, 404}, {500, 200}, {200, 301}}
	partial := make([]map[int]int, len(shards))
	var wg sync.WaitGroup
	for i, shard := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts := make(map[int]int)
			for _, code := range shard {
				counts[code]++
			}
			partial[i] = counts
		}()
	}
	wg.Wait()
	byStatus := make(map[int]int)
	for _, counts := range partial {
		for code, n := range counts {
			byStatus[code] += n
		}
	}
	fmt.Println(byStatus)
}
