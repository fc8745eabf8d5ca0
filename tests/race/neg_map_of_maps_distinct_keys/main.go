// A tenant store guards its map of tenants with a mutex and hands out each tenant's inner
// settings map, creating it on first use. Each provisioning goroutine owns one tenant and
// writes only that tenant's inner map, so no inner map is written by two goroutines.
package main

import (
	"fmt"
	"sync"
)

type tenants struct {
	mu       sync.Mutex
	settings map[string]map[string]string
}

func (t *tenants) of(tenant string) map[string]string {
	t.mu.Lock()
	defer t.mu.Unlock()
	s, ok := t.settings[tenant]
	if !ok {
		s = make(map[string]string)
		t.settings[tenant] = s
	}
	return s
}

func main() {
	t := &tenants{settings: make(map[string]map[string]string)}
	var wg sync.WaitGroup
	wg.Go(func() {
		acme := t.of("acme")
		acme["plan"] = "pro"
		acme["region"] = "eu"
	})
	wg.Go(func() {
		globex := t.of("globex")
		globex["plan"] = "free"
	})
	wg.Wait()
	fmt.Println(len(t.of("acme")), len(t.of("globex")))
}
