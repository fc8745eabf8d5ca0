// A billing meter records usage per tenant and metric. At the end of a billing period the
// tenant's row is reset by storing a fresh empty map in it, so the next usage record for that
// tenant adds into a made inner map.
package main

import (
	"fmt"
	"sort"
)

type Meter struct {
	usage map[string]map[string]float64 // tenant -> metric -> amount
}

func NewMeter(tenants ...string) *Meter {
	m := &Meter{usage: make(map[string]map[string]float64)}
	for _, t := range tenants {
		m.usage[t] = make(map[string]float64)
	}
	return m
}

func (m *Meter) Record(tenant, metric string, amount float64) {
	m.usage[tenant][metric] += amount
}

// ClosePeriod returns the tenant's totals and starts a new period.
func (m *Meter) ClosePeriod(tenant string) map[string]float64 {
	totals := m.usage[tenant]
	m.usage[tenant] = make(map[string]float64)
	return totals
}

func main() {
	m := NewMeter("acme", "globex")
	m.Record("acme", "cpu_seconds", 12.5)
	m.Record("acme", "egress_gb", 0.75)
	m.Record("globex", "cpu_seconds", 3)
	invoice := m.ClosePeriod("acme")
	keys := make([]string, 0, len(invoice))
	for k := range invoice {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("invoice:", keys)
	m.Record("acme", "cpu_seconds", 1)
}
