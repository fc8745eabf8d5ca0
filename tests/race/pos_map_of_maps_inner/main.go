// A tenant store guards its map of tenants with a mutex, but hands out each tenant's inner
// settings map and callers write it after the lock is released.
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
	t.of("acme")["plan"] = "free"
	var wg sync.WaitGroup
	for _, kv := range [][2]string{{"plan", "pro"}, {"region", "eu"}} {
		wg.Go(func() {
			t.of("acme")[kv[0]] = kv[1] // want "concurrent map write"
		})
	}
	wg.Wait()
	fmt.Println(len(t.of("acme")))
}
