// A load balancer starts a health checker per backend with `for _, b := range backends`: the
// range variable is a copy of the backend, mutex included, so the checkers lock copies while
// writing the one status map they share.
package main

import (
	"fmt"
	"sync"
)

type backend struct {
	mu     sync.Mutex
	addr   string
	status map[string]bool // shared by all backends: addr -> healthy
}

func (b *backend) check() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.status[b.addr] = len(b.addr)%2 == 0 // want "concurrent map write"
}

func main() {
	status := make(map[string]bool)
	backends := []backend{{addr: "10.0.0.1:80", status: status}, {addr: "10.0.0.2:8080", status: status}}
	var wg sync.WaitGroup
	for _, b := range backends { // root cause
		wg.Go(b.check)
	}
	wg.Wait()
	fmt.Println(len(status))
}
