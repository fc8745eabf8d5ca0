// A quota service keeps limits per tenant and resource, one inner map per tenant made by the
// seed loop. An override line names an account; the resolver maps it to its tenant and says
// whether it knows the account, and Override returns an error before the write when it does
// not, so the write only ever meets a seeded tenant. The near miss of
// pos_b14_nested_map_tenant_quota_inner.
package main

import (
	"fmt"
	"strings"
)

type Quotas struct {
	limits   map[string]map[string]int
	accounts map[string]string
}

func NewQuotas(accounts map[string]string) *Quotas {
	q := &Quotas{limits: make(map[string]map[string]int), accounts: accounts}
	for _, tenant := range accounts {
		q.limits[tenant] = map[string]int{"cpu": 8}
	}
	return q
}

func (q *Quotas) tenantOf(account string) (string, bool) {
	tenant, ok := q.accounts[strings.ToLower(account)]
	return tenant, ok
}

// Override applies a line of the admin's override file: "account resource limit".
func (q *Quotas) Override(line string) error {
	var account, resource string
	var limit int
	if _, err := fmt.Sscanf(line, "%s %s %d", &account, &resource, &limit); err != nil {
		return fmt.Errorf("override %q: %w", line, err)
	}
	tenant, ok := q.tenantOf(account)
	if !ok {
		return fmt.Errorf("override %q: unknown account", line)
	}
	q.limits[tenant][resource] = limit
	return nil
}

func main() {
	q := NewQuotas(map[string]string{"acme-ops": "acme", "globex-it": "globex"})
	for _, line := range strings.Split("ACME-ops cpu 16\nglobex-it buckets 50\ninitech cpu 4", "\n") {
		if err := q.Override(line); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(q.limits["acme"]["cpu"], q.limits["globex"]["buckets"])
}
