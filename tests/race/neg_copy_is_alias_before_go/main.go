// A config reloader hands a copy of the live feature flags (made with maps.Clone before the
// goroutine starts) to a background validator that fills in defaults, while the main goroutine
// applies an override to the live map.
package main

import (
	"fmt"
	"maps"
	"sync"
)

type reloader struct {
	flags map[string]bool
}

func fillDefaults(flags map[string]bool, ready *sync.WaitGroup) {
	ready.Done()
	ready.Wait()
	flags["audit-log"] = true
}

func main() {
	r := &reloader{flags: map[string]bool{"dark-mode": true}}
	candidate := maps.Clone(r.flags)
	var ready, wg sync.WaitGroup
	ready.Add(2)
	wg.Go(func() { fillDefaults(candidate, &ready) })
	ready.Done()
	ready.Wait()
	r.flags["beta-ui"] = false
	wg.Wait()
	fmt.Println(len(r.flags), len(candidate))
}
