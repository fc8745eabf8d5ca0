// A quota tracker keeps per-tenant usage maps in a map of maps and leaves a nil tombstone under
// a suspended tenant's key so that reports still list it. Charge makes a fresh inner map when
// the tenant's map is empty, which a nil tombstone is, so a reactivated tenant's next charge
// has a map to go to. The near miss of pos_b17_nested_map_tombstone_present.
package main

import (
	"fmt"
	"sort"
)

type Quotas struct {
	usage map[string]map[string]int64
}

func (q *Quotas) Charge(tenant, resource string, amount int64) {
	if len(q.usage[tenant]) == 0 {
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
	q := &Quotas{usage: make(map[string]map[string]int64)}
	q.Charge("acme", "cpu-seconds", 120)
	q.Charge("globex", "storage-gb", 40)
	q.Suspend("globex")
	fmt.Println(q.Report())
	q.Charge("globex", "storage-gb", 5)
	q.Charge("acme", "cpu-seconds", 30)
	fmt.Println(q.Report())
}
