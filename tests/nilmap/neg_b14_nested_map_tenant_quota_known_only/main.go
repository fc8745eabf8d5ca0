// A quota service keeps limits per tenant and resource in a map of maps. Tenants loaded at
// start get their inner map from the seed loop; an override naming a tenant the service does
// not know is rejected before the store, so the write always finds a made inner map. The near
// miss of pos_b14_nested_map_tenant_quota_inner.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Quotas struct {
	limits   map[string]map[string]int
	defaults map[string]int
}

func NewQuotas(tenants []string, defaults map[string]int) *Quotas {
	q := &Quotas{limits: make(map[string]map[string]int), defaults: defaults}
	for _, t := range tenants {
		inner := make(map[string]int, len(defaults))
		for res, n := range defaults {
			inner[res] = n
		}
		q.limits[t] = inner
	}
	return q
}

// Override applies a line of the admin's override file: "tenant resource limit".
func (q *Quotas) Override(line string) error {
	var tenant, resource string
	var limit int
	if _, err := fmt.Sscanf(line, "%s %s %d", &tenant, &resource, &limit); err != nil {
		return fmt.Errorf("override %q: %w", line, err)
	}
	if _, ok := q.limits[tenant]; !ok {
		return fmt.Errorf("override %q: unknown tenant", line)
	}
	q.limits[tenant][resource] = limit
	return nil
}

func (q *Quotas) Limit(tenant, resource string) int {
	if n, ok := q.limits[tenant][resource]; ok {
		return n
	}
	return q.defaults[resource]
}

func main() {
	q := NewQuotas([]string{"acme", "globex"}, map[string]int{"cpu": 8, "buckets": 20})
	overrides := `acme cpu 16
globex buckets 50
initech cpu 4`
	for _, line := range strings.Split(overrides, "\n") {
		if err := q.Override(line); err != nil {
			fmt.Println(err)
		}
	}
	tenants := []string{"acme", "globex", "initech"}
	sort.Strings(tenants)
	for _, t := range tenants {
		fmt.Println(t, q.Limit(t, "cpu"), q.Limit(t, "buckets"))
	}
}
