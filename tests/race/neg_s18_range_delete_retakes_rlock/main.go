// A metrics registry reports its scopes under a read lock and drops the closed ones as it goes:
// the helper that deletes gives up the read lock, deletes under the write lock and defers
// taking the read lock again, so the range goes on under the read lock. Another goroutine adds
// scopes under the write lock meanwhile. Reduced from the shape of uber-go/tally's
// scopeRegistry.Report and removeWithRLock (our own code). A near miss: every step of the range
// holds the read lock, and a map changed between steps by the same goroutine is fine.
package main

import (
	"fmt"
	"sync"
)

type scope struct {
	name   string
	closed bool
}

type registry struct {
	mu     sync.RWMutex
	scopes map[string]*scope
}

// removeWithRLock is called with the read lock held and returns with it held again.
func (r *registry) removeWithRLock(name string) {
	r.mu.RUnlock()
	defer r.mu.RLock()
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.scopes, name)
}

func (r *registry) report() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	n := 0
	for name, s := range r.scopes {
		n++
		if s.closed {
			r.removeWithRLock(name)
		}
	}
	return n
}

func (r *registry) add(name string, closed bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.scopes[name] = &scope{name: name, closed: closed}
}

func main() {
	r := &registry{scopes: map[string]*scope{}}
	for i := range 50 {
		r.add(fmt.Sprintf("s%d", i), i%3 == 0)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 200 {
			r.add(fmt.Sprintf("t%d", i), i%2 == 0)
		}
	}()
	total := 0
	for range 20 {
		total += r.report()
	}
	wg.Wait()
	fmt.Println(total > 0)
}
