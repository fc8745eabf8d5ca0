// A thumbnailer bounds its parallel renders with a buffered-channel semaphore of two slots and
// records finished renders in a map guarded by a one-slot channel used as a lock.
package main

import (
	"fmt"
	"sync"
)

type thumbnailer struct {
	slots   chan struct{}
	guard   chan struct{}
	done    map[string]int
	arrived sync.WaitGroup
}

func newThumbnailer(parallel int) *thumbnailer {
	return &thumbnailer{
		slots: make(chan struct{}, parallel),
		guard: make(chan struct{}, 1),
		done:  make(map[string]int),
	}
}

func (t *thumbnailer) render(path string) {
	t.slots <- struct{}{}
	defer func() { <-t.slots }()
	t.arrived.Done()
	t.arrived.Wait()
	size := len(path) * 64
	t.guard <- struct{}{}
	t.done[path] = size
	<-t.guard
}

func main() {
	t := newThumbnailer(2)
	t.arrived.Add(2)
	var wg sync.WaitGroup
	for _, p := range []string{"cat.png", "dog.jpg"} {
		wg.Go(func() { t.render(p) })
	}
	wg.Wait()
	fmt.Println(len(t.done))
}
