// The usage meter is created with an inner map for every tenant it will ever see.
package main

import "fmt"

type Meter struct {
	usage map[string]map[string]int64 // tenant -> api -> bytes
}

func NewMeter(tenants []string) *Meter {
	m := &Meter{usage: make(map[string]map[string]int64, len(tenants))}
	for _, t := range tenants {
		m.usage[t] = make(map[string]int64)
	}
	return m
}

func (m *Meter) Record(tenant, api string, n int64) {
	if _, known := m.usage[tenant]; !known {
		return
	}
	m.usage[tenant][api] += n
}

func main() {
	m := NewMeter([]string{"acme", "initech"})
	m.Record("acme", "/v1/upload", 1<<20)
	m.Record("umbrella", "/v1/upload", 1)
	fmt.Println(len(m.usage), m.usage["acme"])
}
