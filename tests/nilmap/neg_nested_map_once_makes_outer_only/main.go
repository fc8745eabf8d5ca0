// A quota tracker keeps usage per tenant and resource in a map of maps. Its one sync.Once makes
// the outer map lazily; ensure then makes each tenant's inner map on a miss, outside the Once,
// so every tenant's first usage write lands in a made inner map. The near miss of
// pos_b21_nested_map_once_shared_by_tenants.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Tracker struct {
	mu    sync.Mutex
	once  sync.Once
	usage map[string]map[string]int64
}

func (t *Tracker) ensure(tenant string) {
	t.once.Do(func() {
		t.usage = make(map[string]map[string]int64)
	})
	if _, ok := t.usage[tenant]; !ok {
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

func main() {
	t := &Tracker{}
	t.Add("acme", "cpu_ms", 120)
	t.Add("globex", "cpu_ms", 75)
	t.Add("acme", "egress_bytes", 4096)
	fmt.Println(t.Report())
}
