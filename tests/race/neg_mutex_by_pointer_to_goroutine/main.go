// A log shipper starts its workers with `go ship(&mu, ...)`: every worker locks the one mutex
// that guards the shared map.
package main

import (
	"fmt"
	"sync"
)

func ship(mu *sync.Mutex, sent map[string]int, file string, lines []string, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, l := range lines {
		mu.Lock()
		sent[file] += len(l)
		mu.Unlock()
	}
}

func main() {
	var mu sync.Mutex
	sent := make(map[string]int)
	var wg sync.WaitGroup
	wg.Add(2)
	go ship(&mu, sent, "app.log", []string{"start", "ready"}, &wg)
	go ship(&mu, sent, "db.log", []string{"checkpoint"}, &wg)
	wg.Wait()
	fmt.Println(len(sent))
}
