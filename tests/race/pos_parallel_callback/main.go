// A deployment tool hands a callback to its own parallel helper, which calls it from a new
// goroutine per host; the callback records each host's status in a captured map.
package main

import (
	"fmt"
	"sync"
)

// forEachParallel calls fn once per item, each call in its own goroutine, and waits.
func forEachParallel(items []string, fn func(string)) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(it)
		}()
	}
	wg.Wait()
}

func main() {
	status := make(map[string]string)
	forEachParallel([]string{"web-1", "web-2", "db-1"}, func(host string) {
		status[host] = "deployed" // want "concurrent map write"
	})
	fmt.Println(len(status))
}
