// A migration tool starts one goroutine per shard to record its schema version, calling
// wg.Add(1) before each go statement, so main's Wait returns only after every goroutine
// has written the versions map, and the report reads it afterwards.
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
		wg.Add(1)
		go func() {
			defer func() { finished <- struct{}{} }()
			time.Sleep(dial(s))
			defer wg.Done()
			mu.Lock()
			versions[s.name] = s.version
			mu.Unlock()
		}()
	}
	wg.Wait()
	names := make([]string, 0, len(shards))
	for name := range versions {
		names = append(names, name)
	}
	for range shards {
		<-finished
	}
	sort.Strings(names)
	os.Stdout.WriteString("shards migrated: " + strconv.Itoa(len(names)) + "\n")
}
