// A generic fan-out helper runs one goroutine per key and keeps the results in a map. The
// worker takes the lock only to count finished keys and stores its result after unlocking,
// so the stores of two workers race.
package main

import (
	"fmt"
	"sync"
)

type fanOut[K comparable, V any] struct {
	mu      sync.Mutex
	done    int
	results map[K]V
}

func newFanOut[K comparable, V any]() *fanOut[K, V] {
	return &fanOut[K, V]{results: make(map[K]V)}
}

func (f *fanOut[K, V]) run(keys []K, fn func(K) V) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Go(func() {
			v := fn(k)
			f.mu.Lock()
			f.done++
			f.mu.Unlock()    // root cause
			f.results[k] = v // want "concurrent map write"
		})
	}
	wg.Wait()
}

func main() {
	var ready sync.WaitGroup
	ready.Add(2)
	probe := func(host string) int {
		ready.Done()
		ready.Wait()
		return len(host) * 7
	}
	f := newFanOut[string, int]()
	f.run([]string{"db-1.internal", "db-2.internal"}, probe)
	fmt.Println(f.done, len(f.results))
}
