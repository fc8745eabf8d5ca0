// A value-receiver error map whose mutex is a pointer: copies of the struct share the mutex
// as they share the map, so every updater locks the same one.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type errmap struct {
	mu *sync.Mutex
	m  map[string]error
}

func (e errmap) add(updater string, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.m[updater] = err
}

func main() {
	errs := errmap{mu: new(sync.Mutex), m: make(map[string]error)}
	var wg sync.WaitGroup
	for _, name := range []string{"alpine", "debian", "rhel"} {
		wg.Go(func() {
			if len(name)%2 == 0 {
				errs.add(name, errors.New("fetch failed"))
				return
			}
			errs.add(name, nil)
		})
	}
	wg.Wait()
	fmt.Println(len(errs.m))
}
