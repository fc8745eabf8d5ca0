// A migration tool starts one goroutine per shard to record its schema version, but each
// goroutine calls wg.Add(1) itself after dialing the shard; main's Wait finds the counter
// at zero, returns at once, and reads the versions map while the goroutines write it.
package main

import (
	"os"
	"sort"
	"strconv"
	"sync"
	"time"
)

type shard struct {
	name    string
	version int
}

func dial(s shard) time.Duration {
	// Stands in for opening a connection to the shard.
	return time.Duration(len(s.name)) * 500 * time.Microsecond
}

func main() {
	shards := []shard{{"users-1", 41}, {"users-2", 42}, {"orders-1", 42}}
	versions := make(map[string]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	finished := make(chan struct{}, len(shards))
	for _, s := range shards {
		go func() {
			defer func() { finished <- struct{}{} }()
			time.Sleep(dial(s))
			wg.Add(1)
			defer wg.Done()
			mu.Lock()
			versions[s.name] = s.version // want "concurrent map write"
			mu.Unlock()
		}()
	}
	wg.Wait()
	names := make([]string, 0, len(shards))
	for name := range versions { // other access
		names = append(names, name)
	}
	for range shards {
		<-finished
	}
	sort.Strings(names)
	os.Stdout.WriteString("shards migrated before the report: " + strconv.Itoa(len(names)) + "\n")
}
