// A quota tracker keeps per-tenant usage maps in a map of maps. Suspending a tenant leaves a nil
// tombstone under its key so that reports still list it; the ensure step checks the inner map
// for nil, so a tenant that is reactivated gets a fresh inner map before the next charge.
package main

import (
	"fmt"
	"sort"
)

type Quotas struct {
	usage map[string]map[string]int64
}

func NewQuotas() *Quotas {
	return &Quotas{usage: make(map[string]map[string]int64)}
}

func (q *Quotas) Charge(tenant, resource string, amount int64) {
	if q.usage[tenant] == nil {
		q.usage[tenant] = make(map[string]int64)
	}
	q.usage[tenant][resource] += amount
}

// Suspend drops a tenant's usage but keeps the tenant listed.
func (q *Quotas) Suspend(tenant string) {
	q.usage[tenant] = nil
}

func (q *Quotas) Report() []string {
	var lines []string
	for tenant, res := range q.usage {
		if res == nil {
			lines = append(lines, tenant+": suspended")
			continue
		}
		var total int64
		for _, n := range res {
			total += n
		}
		lines = append(lines, fmt.Sprintf("%s: %d", tenant, total))
	}
	sort.Strings(lines)
	return lines
}

func main() {
	q := NewQuotas()
	q.Charge("acme", "cpu-seconds", 120)
	q.Charge("globex", "storage-gb", 40)
	q.Suspend("globex")
	for _, line := range q.Report() {
		fmt.Println(line)
	}
	// Billing is settled; globex is active again.
	q.Charge("globex", "storage-gb", 5)
	q.Charge("acme", "cpu-seconds", 30)
	for _, line := range q.Report() {
		fmt.Println(line)
	}
}
