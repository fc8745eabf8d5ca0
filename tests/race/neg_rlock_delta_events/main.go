// Informer goroutines, one per resource kind, save delta events into a pending map under the
// write lock; the read lock is taken only to count the pending events.
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
	b.mu.Lock()
	defer b.mu.Unlock()
	b.pending[e.kind+"/"+e.name] = e
}

func (b *batcher) size() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return len(b.pending)
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
	n := b.size()
	wg.Wait()
	fmt.Println(n <= 3, b.size())
}
