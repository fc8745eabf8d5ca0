// A metering pipeline keeps usage per tenant per resource. Tenants get their inner map when they
// are provisioned, and an event from a tenant provisioned after the meter started gets one made
// on the spot before its usage is added.
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
	usage map[string]map[string]int64
}

func NewMeter(tenants []string) *Meter {
	m := &Meter{usage: make(map[string]map[string]int64, len(tenants))}
	for _, t := range tenants {
		m.usage[t] = make(map[string]int64)
	}
	return m
}

func (m *Meter) Record(ev Event) {
	if ev.Units <= 0 {
		return
	}
	res, ok := m.usage[ev.Tenant]
	if !ok {
		res = make(map[string]int64)
		m.usage[ev.Tenant] = res
	}
	res[ev.Resource] += ev.Units
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
	events := []Event{
		{"acme", "cpu_seconds", 120},
		{"globex", "egress_bytes", 4096},
		{"acme", "cpu_seconds", 0},
		{"initech", "cpu_seconds", 30},
	}
	for _, ev := range events {
		m.Record(ev)
	}
	fmt.Println(m.Report())
}
