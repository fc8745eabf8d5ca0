// A metering pipeline keeps usage per tenant per resource, with one inner map per tenant made
// at start and a set of the tenants it knows made in the same loop. Record drops an event with
// no units and an event of a tenant the set does not hold, so the write always finds a made
// inner map. The near miss of pos_b16_nested_map_tenant_usage_unknown.
package main

import (
	"fmt"
	"sort"
)

type Event struct {
	Tenant   string
	Resource string
	Units    int64
}

type Meter struct {
	usage   map[string]map[string]int64
	known   map[string]bool
	dropped int
}

func NewMeter(tenants []string) *Meter {
	m := &Meter{usage: make(map[string]map[string]int64), known: make(map[string]bool)}
	for _, t := range tenants {
		m.usage[t] = make(map[string]int64)
		m.known[t] = true
	}
	return m
}

func (m *Meter) Record(ev Event) {
	if ev.Units <= 0 {
		return
	}
	if !m.known[ev.Tenant] {
		m.dropped++
		return
	}
	m.usage[ev.Tenant][ev.Resource] += ev.Units
}

func (m *Meter) Report() []string {
	var lines []string
	for t, res := range m.usage {
		for r, n := range res {
			lines = append(lines, fmt.Sprintf("%s/%s=%d", t, r, n))
		}
	}
	sort.Strings(lines)
	return lines
}

func main() {
	m := NewMeter([]string{"acme", "globex"})
	for _, ev := range []Event{
		{"acme", "cpu_seconds", 120},
		{"globex", "egress_bytes", 4096},
		{"acme", "cpu_seconds", 0},
		{"initech", "cpu_seconds", 30},
	} {
		m.Record(ev)
	}
	fmt.Println(m.Report(), "dropped:", m.dropped)
}
