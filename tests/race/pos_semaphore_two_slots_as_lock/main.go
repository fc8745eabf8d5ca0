// A thumbnailer bounds its parallel renders with a buffered-channel semaphore of two slots and
// also records finished renders in a map while holding a slot; two slots let two renders
// write the map at once.
package main

import (
	"fmt"
	"sync"
)

type thumbnailer struct {
	slots   chan struct{}
	done    map[string]int
	arrived sync.WaitGroup
}

func newThumbnailer(parallel int) *thumbnailer {
	return &thumbnailer{slots: make(chan struct{}, parallel), done: make(map[string]int)}
}

func (t *thumbnailer) render(path string) {
	t.slots <- struct{}{} // root cause
	defer func() { <-t.slots }()
	t.arrived.Done()
	t.arrived.Wait()
	t.done[path] = len(path) * 64 // want "concurrent map write"
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
