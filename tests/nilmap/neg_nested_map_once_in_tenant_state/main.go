// A quota tracker keeps usage per tenant and resource in a map of maps, and a state record per
// tenant whose own sync.Once makes that tenant's inner map the first time the tenant is seen.
// The Once belongs to the tenant, not to the tracker, so every tenant gets its inner map. The
// near miss of pos_b21_nested_map_once_shared_by_tenants.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type tenantState struct {
	once sync.Once
}

type Tracker struct {
	mu     sync.Mutex
	states map[string]*tenantState
	usage  map[string]map[string]int64
}

func (t *Tracker) ensure(tenant string) {
	st, ok := t.states[tenant]
	if !ok {
		st = &tenantState{}
		t.states[tenant] = st
	}
	st.once.Do(func() {
		t.usage[tenant] = make(map[string]int64)
	})
}

func (t *Tracker) Add(tenant, resource string, n int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ensure(tenant)
	t.usage[tenant][resource] += n
}

func main() {
	t := &Tracker{states: map[string]*tenantState{}, usage: map[string]map[string]int64{}}
	t.Add("acme", "cpu_ms", 120)
	t.Add("globex", "cpu_ms", 75)
	t.Add("acme", "egress_bytes", 4096)
	var lines []string
	for tenant, res := range t.usage {
		lines = append(lines, fmt.Sprint(tenant, res))
	}
	sort.Strings(lines)
	fmt.Println(lines)
}
