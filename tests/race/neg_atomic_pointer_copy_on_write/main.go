// Feature flags published through an atomic.Pointer: the admin path copies the current map,
// changes the copy and stores it; a published map is never written again.
package main

import (
	"fmt"
	"maps"
	"sync"
	"sync/atomic"
)

type flags struct {
	mu      sync.Mutex // serialises writers
	current atomic.Pointer[map[string]bool]
}

func (f *flags) enabled(name string) bool {
	return (*f.current.Load())[name]
}

func (f *flags) set(name string, on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	next := maps.Clone(*f.current.Load())
	next[name] = on
	f.current.Store(&next)
}

func main() {
	f := &flags{}
	initial := map[string]bool{"new_checkout": false}
	f.current.Store(&initial)
	var wg sync.WaitGroup
	wg.Go(func() { f.set("new_checkout", true) })
	wg.Go(func() { f.set("dark_mode", true) })
	on := f.enabled("new_checkout")
	wg.Wait()
	fmt.Println(on || !on, len(*f.current.Load()))
}
