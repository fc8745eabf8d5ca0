// A service-discovery registry lets clients watch a service's endpoints until their context ends.
// Watch starts a goroutine that removes the watcher under the registry's lock once the context is
// cancelled, so the removal takes turns with Publish ranging over the watchers under the read lock.
// The near miss of pos_b15_discovery_watch_cancel_delete.
package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

type Registry struct {
	mu       sync.RWMutex
	nextID   int
	watchers map[int]chan []string
	cleanup  sync.WaitGroup
}

func NewRegistry() *Registry {
	return &Registry{watchers: make(map[int]chan []string)}
}

func (r *Registry) Watch(ctx context.Context) <-chan []string {
	ch := make(chan []string, 4)
	r.mu.Lock()
	id := r.nextID
	r.nextID++
	r.watchers[id] = ch
	r.mu.Unlock()

	r.cleanup.Go(func() {
		<-ctx.Done()
		r.mu.Lock()
		delete(r.watchers, id)
		r.mu.Unlock()
	})
	return ch
}

// Publish offers the new endpoint list to every watcher without blocking on slow ones.
func (r *Registry) Publish(endpoints []string) int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	sent := 0
	for _, ch := range r.watchers {
		select {
		case ch <- endpoints:
			sent++
		default:
		}
	}
	return sent
}

func main() {
	reg := NewRegistry()
	ctx, cancel := context.WithCancel(context.Background())
	updates := reg.Watch(ctx)

	fmt.Println("delivered to", reg.Publish([]string{"10.0.1.4:8080", "10.0.1.5:8080"}))
	fmt.Println("client sees", strings.Join(<-updates, ","))

	cancel()
	fmt.Println("delivered to", reg.Publish([]string{"10.0.1.5:8080"}))
	reg.cleanup.Wait()
}
