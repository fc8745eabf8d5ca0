// Shape of a real fix: castai/k8s-agent PR #233 ("acquire explicit lock when saving delta
// events to map", https://github.com/castai/k8s-agent/pull/233). Informer goroutines, one per
// resource kind, save delta events into a pending map while holding only the read lock, so two
// of them write the map at once.
package main

import (
	"fmt"
	"sync"
)

type event struct {
	kind, name string
	version    int
}

type batcher struct {
	mu      sync.RWMutex
	pending map[string]event
}

func (b *batcher) save(e event) {
	b.mu.RLock() // root cause
	defer b.mu.RUnlock()
	b.pending[e.kind+"/"+e.name] = e // want "concurrent map write"
}

func (b *batcher) informer(kind string, names []string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i, n := range names {
		b.save(event{kind: kind, name: n, version: i})
	}
}

func main() {
	b := &batcher{pending: make(map[string]event)}
	var wg sync.WaitGroup
	wg.Add(2)
	go b.informer("Pod", []string{"web-1", "web-2"}, &wg)
	go b.informer("Node", []string{"node-a"}, &wg)
	wg.Wait()
	fmt.Println(len(b.pending))
}
