// A client-side load balancer keeps service -> endpoints from a discovery watch. Pick reads
// the table under the read lock, and the watch loop applies each update into the live table
// under the write lock, so a Pick and an update are ordered by the RWMutex.
package main

import (
	"fmt"
	"sync"
)

type Balancer struct {
	mu        sync.RWMutex
	endpoints map[string][]string
	next      map[string]int
}

func (b *Balancer) apply(update map[string][]string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for svc, eps := range update {
		b.endpoints[svc] = eps
	}
}

func (b *Balancer) watch(updates <-chan map[string][]string, done chan<- struct{}) {
	defer close(done)
	for u := range updates {
		b.apply(u)
	}
}

func (b *Balancer) Pick(svc string) (string, bool) {
	b.mu.RLock()
	eps := b.endpoints[svc]
	b.mu.RUnlock()
	if len(eps) == 0 {
		return "", false
	}
	b.mu.Lock()
	i := b.next[svc] % len(eps)
	b.next[svc]++
	b.mu.Unlock()
	return eps[i], true
}

func main() {
	b := &Balancer{
		endpoints: map[string][]string{"users": {"10.0.0.4:80", "10.0.0.5:80"}},
		next:      make(map[string]int),
	}
	updates := make(chan map[string][]string)
	done := make(chan struct{})
	go b.watch(updates, done)

	updates <- map[string][]string{"orders": {"10.0.1.2:80"}, "users": {"10.0.0.5:80"}}
	addr, ok := b.Pick("users")

	close(updates)
	<-done
	fmt.Println(addr, ok, len(b.endpoints))
}
