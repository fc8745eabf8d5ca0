// Near miss of pos_fix_activator_fast_path_lookup, the fixed code of
// https://github.com/dailymotion-oss/osiris/pull/61 (commit b59955b): the handler's first lookup
// of an activation in progress takes the read lock of the now read-write mutex.
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
	mu          sync.RWMutex
	activations map[string]activation
	scaledUp    chan struct{}
	arrived     sync.WaitGroup
}

func (a *activator) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := "default/deployment/" + r.Host
	a.mu.RLock()
	act, ok := a.activations[key]
	a.mu.RUnlock()
	if !ok {
		func() {
			a.mu.Lock()
			defer a.mu.Unlock()
			if act, ok = a.activations[key]; ok {
				return
			}
			act = a.scaledUp
			a.activations[key] = act
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
	for i := 0; i < 2; i++ {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			a.ServeHTTP(rec, httptest.NewRequest("GET", "http://shop.example/cart", nil))
		})
	}
	a.arrived.Wait()  // both requests wait for the deployment
	close(a.scaledUp) // the deployment has scaled up
	wg.Wait()
	fmt.Println("served")
}
