// A service-discovery client keeps endpoints in a generic registry. Register takes the
// registry's write lock and Lookup its read lock, so a health checker driven by a ticker can
// look endpoints up while the discovery watcher registers new ones.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Registry[T any] struct {
	mu      sync.RWMutex
	entries map[string]T
}

func NewRegistry[T any]() *Registry[T] {
	return &Registry[T]{entries: make(map[string]T)}
}

func (r *Registry[T]) Register(name string, v T) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.entries[name] = v
}

func (r *Registry[T]) Lookup(name string) (T, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.entries[name]
	return v, ok
}

type endpoint struct {
	addr string
	zone string
}

func main() {
	reg := NewRegistry[endpoint]()
	var ready, wg sync.WaitGroup
	ready.Add(2)
	healthy := 0
	wg.Go(func() {
		ready.Done()
		ready.Wait()
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for i := 0; i < 3; i++ {
			<-tick.C
			if _, ok := reg.Lookup("payments"); ok {
				healthy++
			}
		}
	})
	ready.Done()
	ready.Wait() // the health checker is running
	reg.Register("payments", endpoint{addr: "10.0.3.7:9000", zone: "eu-west-1a"})
	reg.Register("ledger", endpoint{addr: "10.0.3.9:9000", zone: "eu-west-1b"})
	wg.Wait()
	fmt.Println("health checks done", healthy >= 0)
}
