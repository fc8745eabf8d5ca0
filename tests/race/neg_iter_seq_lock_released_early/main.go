// A service registry hands out its instances as an iter.Seq2 for the health checker. The
// iterator func that All returns takes the read lock itself when the range starts and holds
// it to the end, so the range over the map waits for, or holds off, the discovery watcher
// registering a new instance under the write lock.
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
	r.instances[id] = addr
}

func (r *Registry) All() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		r.mu.RLock()
		defer r.mu.RUnlock()
		for id, addr := range r.instances {
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
