// A quota meter allocates its per-tenant usage lazily: when the outer map is nil it makes it
// together with the inner map of the tenant at hand. The guard tests the outer map only, so
// the second tenant to record usage finds the outer map made and its own inner map missing.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type meter struct {
	usage map[string]map[string]int64
}

func (m *meter) record(tenant, resource string, amount int64) {
	if m.usage == nil {
		m.usage = map[string]map[string]int64{tenant: {}}
	}
	m.usage[tenant][resource] += amount // want "nil map|inner map"
}

func (m *meter) report() string {
	tenants := make([]string, 0, len(m.usage))
	for t := range m.usage {
		tenants = append(tenants, t)
	}
	sort.Strings(tenants)
	var b strings.Builder
	for _, t := range tenants {
		fmt.Fprintf(&b, "%s:", t)
		resources := make([]string, 0, len(m.usage[t]))
		for r := range m.usage[t] {
			resources = append(resources, r)
		}
		sort.Strings(resources)
		for _, r := range resources {
			fmt.Fprintf(&b, " %s=%d", r, m.usage[t][r])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

type event struct {
	tenant, resource string
	amount           int64
}

func main() {
	var m meter
	events := []event{
		{"acme", "cpu-seconds", 120},
		{"acme", "egress-bytes", 4096},
		{"globex", "cpu-seconds", 30},
	}
	for _, e := range events {
		m.record(e.tenant, e.resource, e.amount)
	}
	fmt.Print(m.report())
}
