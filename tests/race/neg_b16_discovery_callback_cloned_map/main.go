// A service-discovery watcher calls its OnUpdate callback with a clone of its endpoint map after
// every update, and the load balancer keeps the clone as its routing table. The watcher goes on
// applying updates to its own map under its mutex while the balancer picks from the latest clone
// under another one.
package main

import (
	"maps"
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
		w.endpoints[u.Service] = u.Addr
		w.mu.Unlock()
		w.mu.Lock()
		snapshot := maps.Clone(w.endpoints)
		w.mu.Unlock()
		w.OnUpdate(snapshot)
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
	addr, ok := b.table[service]
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
			{"billing", "10.0.3.5:8080"},
			{"search", "10.0.7.1:9200"},
		}, ready)
	}()

	<-ready
	addr, ok := lb.Pick("billing")
	wg.Wait()
	if ok {
		os.Stdout.WriteString("billing -> " + addr + "\n")
	}
}
