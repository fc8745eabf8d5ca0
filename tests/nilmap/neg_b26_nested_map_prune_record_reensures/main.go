// A usage meter keeps request counts per tenant and route. A tenant's inner map is made when
// its session opens, and the periodic flush drops tenants whose inner map is empty to bound
// memory. A tenant that logged in but sent nothing before the flush loses its map, so Record
// opens the tenant again before counting.
package main

import (
	"fmt"
	"sort"
)

type Meter struct {
	usage   map[string]map[string]int
	flushed int
}

func NewMeter() *Meter {
	return &Meter{usage: make(map[string]map[string]int)}
}

func (m *Meter) Open(tenant string) {
	if m.usage[tenant] == nil {
		m.usage[tenant] = make(map[string]int)
	}
}

// Flush reports and resets the counts, dropping idle tenants.
func (m *Meter) Flush() {
	for tenant, routes := range m.usage {
		if len(routes) == 0 {
			delete(m.usage, tenant)
			continue
		}
		m.flushed += len(routes)
		clear(routes)
	}
}

func (m *Meter) Record(tenant, route string) {
	m.Open(tenant)
	m.usage[tenant][route]++
}

func main() {
	m := NewMeter()
	m.Open("acme")
	m.Open("globex")
	m.Record("acme", "/v1/orders")
	m.Flush()
	m.Record("acme", "/v1/orders")
	m.Record("globex", "/v1/invoices")
	tenants := make([]string, 0, len(m.usage))
	for t := range m.usage {
		tenants = append(tenants, t)
	}
	sort.Strings(tenants)
	for _, t := range tenants {
		fmt.Println(t, m.usage[t])
	}
	fmt.Println("flushed routes:", m.flushed)
}
