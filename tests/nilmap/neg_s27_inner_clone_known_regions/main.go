// A quota service copies the default quotas of a region with maps.Clone before adding the
// account's own entry; every region the service asks for has defaults, so the copy is made.
package main

import (
	"fmt"
	"maps"
	"sort"
)

type Quotas struct {
	regionDefaults map[string]map[string]int
}

func (q *Quotas) forAccount(region, account string) map[string]int {
	quotas := maps.Clone(q.regionDefaults[region])
	quotas["account:"+account] = 1
	return quotas
}

func main() {
	q := &Quotas{regionDefaults: map[string]map[string]int{
		"eu": {"cpu": 8, "gpu": 0},
		"us": {"cpu": 16},
	}}
	for _, region := range []string{"eu", "us"} {
		quotas := q.forAccount(region, "a-17")
		keys := make([]string, 0, len(quotas))
		for k := range quotas {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(region, keys)
	}
}
