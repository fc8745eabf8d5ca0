// Feature flags published through an atomic.Pointer, but the admin path updates the current
// map in place instead of storing a modified copy; request goroutines read it meanwhile.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type flags struct {
	current atomic.Pointer[map[string]bool]
}

func (f *flags) enabled(name string) bool {
	return (*f.current.Load())[name] // other access
}

func (f *flags) set(name string, on bool) {
	m := *f.current.Load()
	m[name] = on // want "concurrent map write"
}

func main() {
	f := &flags{}
	initial := map[string]bool{"new_checkout": false}
	f.current.Store(&initial)
	var wg sync.WaitGroup
	wg.Go(func() { f.set("new_checkout", true) })
	on := f.enabled("new_checkout")
	wg.Wait()
	fmt.Println(on || !on)
}
