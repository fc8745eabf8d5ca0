// A near miss: the billing meter makes one counter table per configured region, and the
// monthly base fee is charged by walking the regions the meter holds, so every write goes
// into a table the constructor made.
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

func (m *Meter) ChargeBase(sku string) {
	for region := range m.usage {
		m.usage[region][sku]++
	}
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

func main() {
	m := NewMeter([]string{"eu-west", "us-east"})
	m.ChargeBase("base.fee")
	fmt.Println(m.Report())
}
