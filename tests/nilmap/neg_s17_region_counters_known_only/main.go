// A near miss: the billing meter makes one counter table per configured region, and Record
// turns away usage from a region it was not configured with before it adds into the region's
// table, so the write only ever reaches a table the constructor made.
package main

import (
	"fmt"
	"sort"
)

type Meter struct {
	regions []string
	usage   map[string]map[string]int
	dropped int
}

func NewMeter(regions []string) *Meter {
	m := &Meter{regions: regions, usage: make(map[string]map[string]int, len(regions))}
	for _, r := range regions {
		m.usage[r] = make(map[string]int)
	}
	return m
}

func (m *Meter) configured(region string) bool {
	for _, r := range m.regions {
		if r == region {
			return true
		}
	}
	return false
}

func (m *Meter) Record(region, sku string, units int) {
	if !m.configured(region) {
		m.dropped++
		return
	}
	m.usage[region][sku] += units
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
	fmt.Println(m.Report(), "dropped:", m.dropped)
}
