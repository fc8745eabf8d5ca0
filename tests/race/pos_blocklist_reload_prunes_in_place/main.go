// An IP blocklist: the filter goroutine takes the current list once per batch (under the
// lock) and checks a batch of requests against it. A config reload prunes unblocked IPs
// from that same map in place, so it races a batch already holding the map.
package main

import (
	"strings"
	"sync"
)

type blocklist struct {
	mu      sync.Mutex
	blocked map[string]bool
}

func (b *blocklist) current() map[string]bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.blocked
}

// reload keeps only the IPs still listed in the new config.
func (b *blocklist) reload(cfg string) {
	keep := map[string]bool{}
	for _, ip := range strings.Fields(cfg) {
		keep[ip] = true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for ip := range b.blocked {
		if !keep[ip] {
			delete(b.blocked, ip) // want "concurrent map write"
		}
	}
}

type filter struct {
	list    *blocklist
	inBatch func() // test hook, called once the batch holds its list
}

func (f *filter) screen(batch []string) (dropped int) {
	blocked := f.list.current()
	f.inBatch()
	for _, ip := range batch {
		if blocked[ip] { // other access
			dropped++
		}
	}
	return dropped
}

func main() {
	list := &blocklist{blocked: map[string]bool{"10.0.0.9": true, "192.0.2.1": true}}
	var ready, wg sync.WaitGroup
	ready.Add(2)
	f := &filter{list: list, inBatch: func() { ready.Done(); ready.Wait() }}
	var dropped int
	wg.Go(func() { dropped = f.screen([]string{"10.0.0.9", "198.51.100.4", "192.0.2.1"}) })
	ready.Done()
	ready.Wait()
	list.reload("192.0.2.1 203.0.113.5")
	wg.Wait()
	println(dropped, len(list.current()))
}
