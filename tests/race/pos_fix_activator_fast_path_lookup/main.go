// Reduced from the fix in https://github.com/dailymotion-oss/osiris/pull/61 ("fix: concurrent map
// access", commit b59955b): a scale-from-zero activator's request handler first looks for an
// activation in progress without the lock, and only on a miss takes the lock to start one and
// store it, so one request's lookup races with another request's store.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

// An activation is closed when the deployment it scales up is ready.
type activation <-chan struct{}

type activator struct {
	mu          sync.Mutex
	activations map[string]activation
	scaledUp    chan struct{}
	arrived     sync.WaitGroup
}

func (a *activator) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := "default/deployment/" + r.Host
	act, ok := a.activations[key] // other access
	if !ok {
		func() {
			a.mu.Lock()
			defer a.mu.Unlock()
			if act, ok = a.activations[key]; ok {
				return
			}
			act = a.scaledUp
			a.activations[key] = act // want "concurrent map write"
			// Forget the activation once it completes.
			go func() {
				<-act
				a.mu.Lock()
				defer a.mu.Unlock()
				delete(a.activations, key)
			}()
		}()
	}
	a.arrived.Done()
	<-act
	fmt.Fprintln(w, "proxied to", r.Host)
}

func main() {
	a := &activator{activations: make(map[string]activation), scaledUp: make(chan struct{})}
	a.arrived.Add(2)
	var wg sync.WaitGroup
	// The requests are built first, so that the two goroutines go straight to the lookup (the
	// race detector keeps a bounded history of each goroutine: parsing a request in between
	// can push the earlier access out of it).
	for i := 0; i < 2; i++ {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "http://shop.example/cart", nil)
		wg.Go(func() { a.ServeHTTP(rec, req) })
	}
	a.arrived.Wait()  // both requests wait for the deployment
	close(a.scaledUp) // the deployment has scaled up
	wg.Wait()
	fmt.Println("served")
}
