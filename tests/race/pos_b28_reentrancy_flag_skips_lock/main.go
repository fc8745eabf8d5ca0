// A service registry runs its publish hooks while holding its mutex, and hooks may register
// routes themselves; to avoid self-deadlock, Set skips the mutex while the "notifying" flag is
// up. The flag is global to the registry, not to the goroutine holding the lock, so the watcher
// goroutine, told about the publish by a hook, also skips the lock and writes the route map
// together with the hook.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type registry struct {
	mu        sync.Mutex
	notifying atomic.Bool
	routes    map[string]string
	hooks     []func(name, addr string)
}

func (r *registry) Set(name, addr string) {
	if !r.notifying.Load() { // a hook calling back in already holds the lock
		r.mu.Lock()
		defer r.mu.Unlock()
	}
	r.routes[name] = addr // want "concurrent map write"
}

func (r *registry) Publish(name, addr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.routes[name] = addr
	r.notifying.Store(true)
	defer r.notifying.Store(false)
	for _, h := range r.hooks {
		h(name, addr)
	}
}

func main() {
	r := &registry{routes: make(map[string]string)}
	published := make(chan string)
	acked := make(chan struct{})
	r.hooks = append(r.hooks, func(name, addr string) {
		published <- name // tell the watcher, then add the alias route
		r.Set(name+".internal", addr)
		<-acked
	})

	var wg sync.WaitGroup
	wg.Go(func() { // health watcher: registers a probe route for every published service
		name := <-published
		r.Set(name+".health", "127.0.0.1:9901")
		acked <- struct{}{}
	})
	r.Publish("billing", "10.0.3.7:8080")
	wg.Wait()
	r.mu.Lock()
	defer r.mu.Unlock()
	fmt.Println(len(r.routes), "routes:", r.routes)
}
