// A metering service counts API calls per tenant and metric in a copy-on-write table: a reload
// clones the outer map and adds an inner map for each new tenant, then swaps the clone in. The
// batch loop reads the current table for every event, so after a batch's tenant-created event
// swaps in the new table, the new tenant's calls are recorded where its inner map was made.
package main

import (
	"fmt"
	"maps"
	"strings"
)

type meter struct {
	table map[string]map[string]int // tenant -> metric -> calls
}

func (m *meter) reload(tenants []string) {
	next := maps.Clone(m.table)
	for _, t := range tenants {
		if _, ok := next[t]; !ok {
			next[t] = make(map[string]int)
		}
	}
	m.table = next
}

func (m *meter) known() []string {
	out := make([]string, 0, len(m.table))
	for t := range m.table {
		out = append(out, t)
	}
	return out
}

func (m *meter) processBatch(events []string) {
	for _, ev := range events {
		table := m.table // the current table, also after a reload in this batch
		kind, rest, _ := strings.Cut(ev, " ")
		switch kind {
		case "tenant.created":
			m.reload(append(m.known(), rest))
		case "call":
			tenant, metric, _ := strings.Cut(rest, "/")
			table[tenant][metric]++
		}
	}
}

func main() {
	m := &meter{table: map[string]map[string]int{}}
	m.reload([]string{"acme", "initech"})
	m.processBatch([]string{
		"call acme/search",
		"call initech/export",
		"tenant.created globex",
		"call acme/search",
		"call globex/search",
	})
	for _, t := range []string{"acme", "initech", "globex"} {
		fmt.Println(t, m.table[t])
	}
}
