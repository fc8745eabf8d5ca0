// A quota service keeps per-tenant resource limits through a generic Update helper that
// hands the callback the current value, the zero value for a tenant not seen yet; the
// callback makes the inner map when it is nil before writing and storing it back.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// Update replaces m[k] with f(m[k]); a missing key gives f the zero value of V.
func Update[K comparable, V any](m map[K]V, k K, f func(V) V) {
	m[k] = f(m[k])
}

type grant struct {
	tenant   string
	resource string
	amount   int
}

func parseGrant(line string) (grant, bool) {
	fields := strings.Fields(line)
	if len(fields) != 3 {
		return grant{}, false
	}
	var n int
	if _, err := fmt.Sscanf(fields[2], "%d", &n); err != nil {
		return grant{}, false
	}
	return grant{tenant: fields[0], resource: fields[1], amount: n}, true
}

func main() {
	quotas := map[string]map[string]int{
		"acme": {"cpu": 8, "memory": 32},
	}
	input := []string{
		"acme cpu 4",
		"acme gpu 1",
		"globex memory 16",
		"broken line",
	}
	for _, line := range input {
		g, ok := parseGrant(line)
		if !ok {
			fmt.Fprintln(os.Stderr, "skipping:", line)
			continue
		}
		Update(quotas, g.tenant, func(limits map[string]int) map[string]int {
			if limits == nil {
				limits = make(map[string]int)
			}
			limits[g.resource] += g.amount
			return limits
		})
	}
	tenants := make([]string, 0, len(quotas))
	for t := range quotas {
		tenants = append(tenants, t)
	}
	sort.Strings(tenants)
	for _, t := range tenants {
		fmt.Fprintln(os.Stdout, t, quotas[t])
	}
}
