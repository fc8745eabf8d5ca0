// A usage meter creates each tenant's inner map once, remembering in a separate set which
// tenants it has initialised; Forget deletes a tenant's usage but not its entry in the set, and
// Record knows it: it drops the usage of a tenant whose inner map is gone.
package main

import (
	"fmt"
	"sort"
)

type Meter struct {
	usage  map[string]map[string]int64
	inited map[string]bool
}

func NewMeter() *Meter {
	return &Meter{usage: map[string]map[string]int64{}, inited: map[string]bool{}}
}

func (m *Meter) ensure(tenant string) {
	if m.inited[tenant] {
		return
	}
	m.usage[tenant] = map[string]int64{}
	m.inited[tenant] = true
}

func (m *Meter) Record(tenant, metric string, n int64) {
	m.ensure(tenant)
	usage := m.usage[tenant]
	if usage == nil {
		return
	}
	usage[metric] += n
}

func (m *Meter) Forget(tenant string) {
	delete(m.usage, tenant)
}

func (m *Meter) Report() {
	tenants := make([]string, 0, len(m.usage))
	for t := range m.usage {
		tenants = append(tenants, t)
	}
	sort.Strings(tenants)
	for _, t := range tenants {
		fmt.Println(t, m.usage[t])
	}
}

type op struct {
	kind, tenant, metric string
	n                    int64
}

func main() {
	m := NewMeter()
	ops := []op{
		{"record", "acme", "api_calls", 120},
		{"record", "globex", "storage_gb", 3},
		{"forget", "acme", "", 0},
		{"record", "globex", "api_calls", 40},
		{"record", "acme", "api_calls", 5},
	}
	for _, o := range ops {
		switch o.kind {
		case "record":
			m.Record(o.tenant, o.metric, o.n)
		case "forget":
			m.Forget(o.tenant)
		}
	}
	m.Report()
}
