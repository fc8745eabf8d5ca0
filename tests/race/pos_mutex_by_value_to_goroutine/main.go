// A log shipper starts its workers with `go ship(mu, ...)`, passing the mutex by value: each
// worker locks its own copy while all of them count bytes per file in the shared map.
package main

import (
	"fmt"
	"sync"
)

func ship(mu sync.Mutex, sent map[string]int, file string, lines []string, wg *sync.WaitGroup) { // root cause
	defer wg.Done()
	for _, l := range lines {
		mu.Lock()
		sent[file] += len(l) // want "concurrent map write"
		mu.Unlock()
	}
}

func main() {
	var mu sync.Mutex
	sent := make(map[string]int)
	var wg sync.WaitGroup
	wg.Add(2)
	go ship(mu, sent, "app.log", []string{"start", "ready"}, &wg) // root cause
	go ship(mu, sent, "db.log", []string{"checkpoint"}, &wg)      // root cause
	wg.Wait()
	fmt.Println(len(sent))
}
