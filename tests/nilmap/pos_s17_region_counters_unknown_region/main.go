// A billing meter keeps per-region counters (region -> SKU -> units). The meter makes one
// counter table per region it is configured with, and Record adds usage straight into the
// region's table; usage reported from a region missing from the configuration lands in a
// table that was never made.
package main

import (
	"fmt"
	"sort"
)

type Meter struct {
	usage map[string]map[string]int
}

func NewMeter(regions []string) *Meter {
	m := &Meter{usage: make(map[string]map[string]int, len(regions))}
	for _, r := range regions {
		m.usage[r] = make(map[string]int)
	}
	return m
}

func (m *Meter) Record(region, sku string, units int) {
	m.usage[region][sku] += units // want "nil map|inner map"
}

func (m *Meter) Report() []string {
	var out []string
	for r, skus := range m.usage {
		for sku, n := range skus {
			out = append(out, fmt.Sprintf("%s/%s=%d", r, sku, n))
		}
	}
	sort.Strings(out)
	return out
}

type event struct {
	region, sku string
	units       int
}

func main() {
	m := NewMeter([]string{"eu-west", "us-east"})
	for _, e := range []event{{"eu-west", "vm.small", 3}, {"us-east", "vm.large", 1}, {"ap-south", "vm.small", 2}} {
		m.Record(e.region, e.sku, e.units)
	}
	fmt.Println(m.Report())
}
