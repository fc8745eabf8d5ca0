// A near miss of neg_real_libp2p_metrics_per_host: two hosts made by two calls of one
// constructor each start their tracker's goroutine, and each tracker counts into maps of its
// own; but both also record their peers in the registry map main passes to both constructors,
// so the two goroutines write one map.
package main

import (
	"fmt"
	"sync"
)

type tracker struct {
	seen     map[string]int
	registry map[string]string
	updates  chan string
	wg       sync.WaitGroup
}

func newTracker(registry map[string]string) *tracker {
	return &tracker{seen: map[string]int{}, registry: registry, updates: make(chan string)}
}

func (t *tracker) start(host string) {
	t.wg.Add(1)
	go t.background(host)
}

func (t *tracker) background(host string) {
	defer t.wg.Done()
	for peer := range t.updates {
		t.seen[peer]++
		t.registry[peer] = host // want "concurrent map write"
	}
}

type host struct {
	name    string
	tracker *tracker
}

func newHost(name string, registry map[string]string) *host {
	return &host{name: name, tracker: newTracker(registry)}
}

func (h *host) close() {
	close(h.tracker.updates)
	h.tracker.wg.Wait()
}

func main() {
	registry := map[string]string{}
	h1 := newHost("h1", registry)
	h2 := newHost("h2", registry)
	h1.tracker.start(h1.name)
	h2.tracker.start(h2.name)
	for i := range 4 {
		h1.tracker.updates <- fmt.Sprint("peer-", i)
		h2.tracker.updates <- fmt.Sprint("peer-", i+10)
	}
	h1.close()
	h2.close()
	fmt.Println(len(registry), "peers")
}
