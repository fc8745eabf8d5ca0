// A rate limiter whose allow method declares its mutex inside the call: every caller locks a
// fresh mutex, which excludes nobody, and the per-client counters race.
package main

import (
	"fmt"
	"sync"
)

type limiter struct {
	limit int
	used  map[string]int
}

func (l *limiter) allow(client string) bool {
	var mu sync.Mutex // root cause
	mu.Lock()
	defer mu.Unlock()
	if l.used[client] >= l.limit { // other access
		return false
	}
	l.used[client]++ // want "concurrent map write"
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
