// A service-discovery watcher calls its OnUpdate callback with its own endpoint map when a
// service appears, and the load balancer keeps that map as its routing table. An address change
// of a known service is then applied to the map in place, under the watcher's mutex, while the
// balancer picks from it under a different one.
package main

import (
	"os"
	"sync"
)

type Update struct{ Service, Addr string }

type Watcher struct {
	mu        sync.Mutex
	endpoints map[string]string
	OnUpdate  func(map[string]string)
}

func (w *Watcher) Run(updates []Update, firstApplied chan<- struct{}) {
	for i, u := range updates {
		w.mu.Lock()
		_, known := w.endpoints[u.Service]
		w.endpoints[u.Service] = u.Addr // want "concurrent map write"
		w.mu.Unlock()
		if !known {
			// The set of services changed: hand the table to the subscriber.
			w.OnUpdate(w.endpoints)
		}
		if i == 0 {
			close(firstApplied)
		}
	}
}

type Balancer struct {
	mu    sync.Mutex
	table map[string]string
}

func (b *Balancer) Replace(eps map[string]string) {
	b.mu.Lock()
	b.table = eps
	b.mu.Unlock()
}

func (b *Balancer) Pick(service string) (string, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	addr, ok := b.table[service] // other access
	return addr, ok
}

func main() {
	lb := &Balancer{}
	w := &Watcher{endpoints: make(map[string]string), OnUpdate: lb.Replace}
	ready := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		w.Run([]Update{
			{"billing", "10.0.3.4:8080"},
			{"search", "10.0.7.1:9200"},
			{"billing", "10.0.3.5:8080"},
		}, ready)
	}()

	<-ready
	addr, ok := lb.Pick("billing")
	wg.Wait()
	if ok {
		os.Stdout.WriteString("billing -> " + addr + "\n")
	}
}
