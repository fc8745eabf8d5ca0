// A multi-tenant quota service builds limits[tenant][resource] from two sources: the tenant list
// makes one inner map per declared tenant, and the override lines set single limits. An override
// for a tenant that was never declared (a typo, or a tenant added to the overrides first) indexes
// a missing inner map and writes into nil.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Limits map[string]map[string]int

var defaultLimits = map[string]int{"cpu": 4, "memory_gb": 16, "buckets": 10}

func buildLimits(tenants []string, overrides []string) (Limits, error) {
	limits := make(Limits, len(tenants))
	for _, t := range tenants {
		inner := make(map[string]int, len(defaultLimits))
		for res, n := range defaultLimits {
			inner[res] = n
		}
		limits[t] = inner
	}
	for _, line := range overrides {
		// tenant/resource=value
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("override %q: missing '='", line)
		}
		tenant, resource, ok := strings.Cut(key, "/")
		if !ok {
			return nil, fmt.Errorf("override %q: want tenant/resource", line)
		}
		n, err := strconv.Atoi(val)
		if err != nil {
			return nil, fmt.Errorf("override %q: %w", line, err)
		}
		limits[tenant][resource] = n // want "nil map|inner map"
	}
	return limits, nil
}

func main() {
	tenants := []string{"acme", "globex"}
	overrides := []string{"acme/cpu=16", "globex/buckets=50", "initech/memory_gb=64"}
	limits, err := buildLimits(tenants, overrides)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	names := make([]string, 0, len(limits))
	for t := range limits {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		fmt.Println(t, limits[t])
	}
}
