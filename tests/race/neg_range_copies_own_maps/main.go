// A load balancer starts a health checker per backend with `for _, b := range backends`; the
// range variable is a copy, but each backend was built with a status map of its own, so the
// copies still write different maps.
package main

import (
	"fmt"
	"sync"
)

type backend struct {
	addr   string
	status map[string]bool // this backend's probes: path -> healthy
}

func (b *backend) check() {
	for _, path := range []string{"/healthz", "/readyz"} {
		b.status[path] = len(b.addr)%2 == 0
	}
}

func main() {
	backends := []backend{
		{addr: "10.0.0.1:80", status: make(map[string]bool)},
		{addr: "10.0.0.2:8080", status: make(map[string]bool)},
	}
	var wg sync.WaitGroup
	for _, b := range backends {
		wg.Go(b.check)
	}
	wg.Wait()
	fmt.Println(len(backends[0].status), len(backends[1].status))
}
