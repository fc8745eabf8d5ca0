// A rate limiter whose mutex is a field next to the counters it guards, shared by every
// caller.
package main

import (
	"fmt"
	"sync"
)

type limiter struct {
	mu    sync.Mutex
	limit int
	used  map[string]int
}

func (l *limiter) allow(client string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.used[client] >= l.limit {
		return false
	}
	l.used[client]++
	return true
}

func main() {
	l := &limiter{limit: 2, used: make(map[string]int)}
	var wg sync.WaitGroup
	for _, c := range []string{"10.0.0.1", "10.0.0.2", "10.0.0.1"} {
		wg.Go(func() { l.allow(c) })
	}
	wg.Wait()
	fmt.Println(l.used["10.0.0.1"])
}
