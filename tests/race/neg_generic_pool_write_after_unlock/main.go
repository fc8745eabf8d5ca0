// A generic fan-out helper runs one goroutine per key and keeps the results in a map. The
// worker stores its result inside the same critical section that counts finished keys.
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
			f.results[k] = v
			f.mu.Unlock()
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
