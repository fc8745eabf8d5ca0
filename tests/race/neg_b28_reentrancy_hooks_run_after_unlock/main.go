// A service registry runs its publish hooks, which may register routes themselves, after it has
// released its mutex: Publish copies the hook list under the lock and calls the hooks outside
// it, so Set always takes the mutex and the hook's and the watcher goroutine's registrations
// are ordered by it.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type registry struct {
	mu     sync.Mutex
	routes map[string]string
	hooks  []func(name, addr string)
}

func (r *registry) Set(name, addr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.routes[name] = addr
}

func (r *registry) Publish(name, addr string) {
	r.mu.Lock()
	r.routes[name] = addr
	hooks := slices.Clone(r.hooks)
	r.mu.Unlock()
	for _, h := range hooks {
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
