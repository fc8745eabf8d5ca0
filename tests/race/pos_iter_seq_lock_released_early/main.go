// A service registry hands out its instances as an iter.Seq2 for the health checker. All
// takes the read lock and defers its release, but what it returns is the iterator func: the
// lock is released as All returns, and the range over the map runs unlocked, while the
// discovery watcher registers a new instance under the write lock.
package main

import (
	"fmt"
	"iter"
	"sort"
	"strings"
	"sync"
)

type Registry struct {
	mu        sync.RWMutex
	instances map[string]string // id -> address
}

func (r *Registry) Register(id, addr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.instances[id] = addr // want "concurrent map write"
}

func (r *Registry) All() iter.Seq2[string, string] {
	r.mu.RLock()
	defer r.mu.RUnlock() // root cause
	return func(yield func(string, string) bool) {
		for id, addr := range r.instances { // other access
			if !yield(id, addr) {
				return
			}
		}
	}
}

func probe(addr string) bool { return !strings.HasSuffix(addr, ":0") }

func main() {
	reg := &Registry{instances: map[string]string{"pay-1": "10.0.1.1:8443", "pay-2": "10.0.1.2:0"}}
	instances := reg.All()

	var ready, wg sync.WaitGroup
	ready.Add(2)
	wg.Go(func() { // the discovery watcher
		ready.Done()
		ready.Wait()
		reg.Register("pay-3", "10.0.1.3:8443")
	})
	ready.Done()
	ready.Wait()
	var down []string
	for id, addr := range instances {
		if !probe(addr) {
			down = append(down, id)
		}
	}
	wg.Wait()
	sort.Strings(down)
	fmt.Println("down:", down)
}
