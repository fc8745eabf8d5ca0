// A config reloader hands a "copy" of the live feature flags to a background validator that
// fills in defaults, but assigning a map copies only the reference: the validator writes the
// live map while the main goroutine applies an override to it.
package main

import (
	"fmt"
	"sync"
)

type reloader struct {
	flags map[string]bool
}

func fillDefaults(flags map[string]bool, ready *sync.WaitGroup) {
	ready.Done()
	ready.Wait()
	flags["audit-log"] = true // want "concurrent map write"
}

func main() {
	r := &reloader{flags: map[string]bool{"dark-mode": true}}
	candidate := r.flags
	var ready, wg sync.WaitGroup
	ready.Add(2)
	wg.Go(func() { fillDefaults(candidate, &ready) })
	ready.Done()
	ready.Wait()
	r.flags["beta-ui"] = false // other access
	wg.Wait()
	fmt.Println(len(r.flags))
}
