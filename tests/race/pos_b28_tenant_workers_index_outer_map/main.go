// A usage meter runs one worker per tenant, and each worker is the only writer of its tenant's
// counters, so the inner maps need no lock; onboarding a tenant adds its inner map to the outer
// map under the meter's mutex. The workers still look their map up in the outer map for every
// event, without the mutex, so a running worker reads the outer map while onboarding writes it.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type meter struct {
	mu      sync.Mutex                // guards adding tenants
	tenants map[string]map[string]int // tenant -> event -> count; inner maps owned by workers
	wg      sync.WaitGroup
}

func (m *meter) onboard(tenant string, events <-chan string) {
	m.mu.Lock()
	m.tenants[tenant] = make(map[string]int) // want "concurrent map write"
	m.mu.Unlock()
	m.wg.Go(func() {
		for ev := range events {
			m.tenants[tenant][ev]++ // other access
		}
	})
}

func feed(events ...string) <-chan string {
	ch := make(chan string, len(events))
	for _, ev := range events {
		ch <- ev
	}
	close(ch)
	return ch
}

func main() {
	m := &meter{tenants: make(map[string]map[string]int)}
	m.onboard("acme", feed("api.call", "api.call", "storage.put"))
	m.onboard("globex", feed("api.call"))
	m.wg.Wait()

	names := make([]string, 0, len(m.tenants))
	for t := range m.tenants {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		fmt.Println(t, m.tenants[t])
	}
}
