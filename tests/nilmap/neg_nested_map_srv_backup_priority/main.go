// A service-discovery client groups DNS SRV records by priority for weighted selection
// (RFC 2782). The weight table of a priority is created when its first weighted record
// arrives, and zero-weight backup records are skipped before that, so every record that is
// stored has a table.
package main

import (
	"fmt"
	"sort"
)

type SRV struct {
	Target   string
	Port     uint16
	Priority uint16
	Weight   uint16
}

func group(records []SRV) map[uint16]map[string]uint16 {
	byPriority := map[uint16]map[string]uint16{}
	for _, r := range records {
		if r.Weight == 0 {
			continue
		}
		if _, ok := byPriority[r.Priority]; !ok && r.Weight > 0 {
			byPriority[r.Priority] = map[string]uint16{}
		}
		byPriority[r.Priority][fmt.Sprintf("%s:%d", r.Target, r.Port)] = r.Weight
	}
	return byPriority
}

func main() {
	records := []SRV{
		{Target: "db1.internal", Port: 5432, Priority: 10, Weight: 60},
		{Target: "db2.internal", Port: 5432, Priority: 10, Weight: 40},
		{Target: "db-dr.internal", Port: 5432, Priority: 20, Weight: 0},
	}
	groups := group(records)
	prios := make([]int, 0, len(groups))
	for p := range groups {
		prios = append(prios, int(p))
	}
	sort.Ints(prios)
	for _, p := range prios {
		fmt.Println(p, len(groups[uint16(p)]))
	}
}
