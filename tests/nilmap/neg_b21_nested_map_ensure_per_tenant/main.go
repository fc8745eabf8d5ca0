// A quota tracker keeps usage per tenant and resource in a map of maps and makes a tenant's
// inner map in ensure whenever that tenant has none, so every tenant's usage write lands in
// a made inner map.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Tracker struct {
	mu    sync.Mutex
	usage map[string]map[string]int64
}

func NewTracker() *Tracker {
	return &Tracker{usage: make(map[string]map[string]int64)}
}

func (t *Tracker) ensure(tenant string) {
	if t.usage[tenant] == nil {
		t.usage[tenant] = make(map[string]int64)
	}
}

func (t *Tracker) Add(tenant, resource string, n int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ensure(tenant)
	t.usage[tenant][resource] += n
}

func (t *Tracker) Report() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var lines []string
	for tenant, resources := range t.usage {
		for res, n := range resources {
			lines = append(lines, fmt.Sprintf("%s/%s=%d", tenant, res, n))
		}
	}
	sort.Strings(lines)
	return lines
}

type sample struct {
	tenant, resource string
	amount           int64
}

func main() {
	t := NewTracker()
	samples := []sample{
		{"acme", "cpu_ms", 120},
		{"acme", "egress_bytes", 4096},
		{"globex", "cpu_ms", 75},
		{"acme", "cpu_ms", 30},
	}
	for _, s := range samples {
		t.Add(s.tenant, s.resource, s.amount)
	}
	for _, line := range t.Report() {
		fmt.Println(line)
	}
}
