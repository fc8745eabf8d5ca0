// A load balancer starts a health checker per backend by index, and the backends share one
// mutex next to the status map, so every checker locks the same mutex.
package main

import (
	"fmt"
	"sync"
)

type health struct {
	mu     sync.Mutex
	status map[string]bool // addr -> healthy
}

type backend struct {
	addr   string
	health *health
}

func (b *backend) check() {
	b.health.mu.Lock()
	defer b.health.mu.Unlock()
	b.health.status[b.addr] = len(b.addr)%2 == 0
}

func main() {
	h := &health{status: make(map[string]bool)}
	backends := []backend{{addr: "10.0.0.1:80", health: h}, {addr: "10.0.0.2:8080", health: h}}
	var wg sync.WaitGroup
	for i := range backends {
		wg.Go(backends[i].check)
	}
	wg.Wait()
	fmt.Println(len(h.status))
}
