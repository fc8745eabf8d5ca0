// Shape of a real fix: quay/claircore PR #240 ("updater: use pointer receiver for errmap
// methods", https://github.com/quay/claircore/pull/240). An error map's methods have a value
// receiver, so every call locks its own copy of the mutex while the map itself is shared:
// updaters running in parallel write it unprotected.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type errmap struct {
	mu sync.Mutex
	m  map[string]error
}

func (e errmap) add(updater string, err error) { // root cause
	e.mu.Lock()
	defer e.mu.Unlock()
	e.m[updater] = err // want "concurrent map write"
}

func run(name string, errs *errmap, wg *sync.WaitGroup) {
	defer wg.Done()
	if len(name)%2 == 0 {
		errs.add(name, errors.New("fetch failed"))
		return
	}
	errs.add(name, nil)
}

func main() {
	errs := &errmap{m: make(map[string]error)}
	var wg sync.WaitGroup
	for _, name := range []string{"alpine", "debian", "rhel"} {
		wg.Add(1)
		go run(name, errs, &wg)
	}
	wg.Wait()
	fmt.Println(len(errs.m))
}
