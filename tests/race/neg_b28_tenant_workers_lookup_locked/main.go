// A usage meter runs one worker per tenant, and each worker is the only writer of its tenant's
// counters, so the inner maps need no lock; onboarding a tenant adds its inner map to the outer
// map under the meter's mutex. A worker looks its inner map up once, under that mutex, before
// its loop, so its read of the outer map and onboarding's write are ordered by the lock.
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
	m.tenants[tenant] = make(map[string]int)
	m.mu.Unlock()
	m.wg.Go(func() {
		m.mu.Lock()
		counts := m.tenants[tenant]
		m.mu.Unlock()
		for ev := range events {
			counts[ev]++
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
