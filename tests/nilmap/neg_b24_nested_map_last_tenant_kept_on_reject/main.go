// A metrics aggregator skips the per-tenant lookup when a sample has the same tenant as
// the one before; rejecting an unknown tenant leaves the last tenant as it was, so its
// second sample is looked up and rejected again instead of taking the fast path.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type aggregator struct {
	allowed  map[string]bool
	byTenant map[string]map[string]float64
	last     string
	dropped  int
}

func (a *aggregator) add(tenant, metric string, v float64) {
	if tenant != a.last {
		if _, ok := a.byTenant[tenant]; !ok {
			if !a.allowed[tenant] {
				a.dropped++
				return
			}
			a.byTenant[tenant] = make(map[string]float64)
		}
		a.last = tenant
	}
	a.byTenant[tenant][metric] += v
}

func parseSample(line string) (tenant, metric string, v float64, ok bool) {
	parts := strings.Fields(line)
	if len(parts) != 3 {
		return "", "", 0, false
	}
	if _, err := fmt.Sscan(parts[2], &v); err != nil {
		return "", "", 0, false
	}
	return parts[0], parts[1], v, true
}

func main() {
	a := &aggregator{
		allowed:  map[string]bool{"acme": true, "globex": true},
		byTenant: make(map[string]map[string]float64),
	}
	batch := []string{
		"acme requests 12",
		"acme errors 1",
		"initech requests 3",
		"initech errors 2",
		"globex requests 40",
	}
	for _, line := range batch {
		if t, m, v, ok := parseSample(line); ok {
			a.add(t, m, v)
		}
	}
	tenants := make([]string, 0, len(a.byTenant))
	for t := range a.byTenant {
		tenants = append(tenants, t)
	}
	sort.Strings(tenants)
	for _, t := range tenants {
		fmt.Fprintln(os.Stdout, t, a.byTenant[t])
	}
	fmt.Fprintln(os.Stdout, "dropped", a.dropped)
}
