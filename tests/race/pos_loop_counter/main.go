// Access-log statistics: one goroutine per log shard, started in a loop, all counting status
// codes into one map. The instances of the goroutine race with each other.
package main

import (
	"fmt"
	"sync"
)

func main() {
	shards := [][]int{{200, 200, 404}, {500, 200}, {200, 301}}
	byStatus := make(map[int]int)
	var wg sync.WaitGroup
	for _, shard := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, code := range shard {
				byStatus[code]++ // want "concurrent map write"
			}
		}()
	}
	wg.Wait()
	fmt.Println(byStatus)
}
