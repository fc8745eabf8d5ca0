// An error map whose methods have a pointer receiver: every updater running in parallel locks
// the one mutex that guards the map.
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

func (e *errmap) add(updater string, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.m[updater] = err
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
