// A tenant store guards its map of tenants and the tenants' inner settings maps with one
// mutex: callers change a setting through a method that holds it.
package main

import (
	"fmt"
	"sync"
)

type tenants struct {
	mu       sync.Mutex
	settings map[string]map[string]string
}

func (t *tenants) set(tenant, key, value string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	s, ok := t.settings[tenant]
	if !ok {
		s = make(map[string]string)
		t.settings[tenant] = s
	}
	s[key] = value
}

func (t *tenants) count(tenant string) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.settings[tenant])
}

func main() {
	t := &tenants{settings: make(map[string]map[string]string)}
	t.set("acme", "plan", "free")
	var wg sync.WaitGroup
	for _, kv := range [][2]string{{"plan", "pro"}, {"region", "eu"}} {
		wg.Go(func() {
			t.set("acme", kv[0], kv[1])
		})
	}
	wg.Wait()
	fmt.Println(t.count("acme"))
}
