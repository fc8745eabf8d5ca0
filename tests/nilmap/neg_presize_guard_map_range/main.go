// A config overlay copies the overrides into a fresh map, allocated only when there are
// overrides at all, and the copy runs over the overrides map, so it writes only when the
// map was made (a near miss of pos_presize_guard_more_than_one: the guard is the loop's own
// emptiness).
package main

import (
	"fmt"
	"sort"
)

func overlay(overrides map[string]string) map[string]string {
	var out map[string]string
	if len(overrides) != 0 {
		out = make(map[string]string, len(overrides))
	}
	for k, v := range overrides {
		out[k] = v
	}
	return out
}

func main() {
	for _, o := range []map[string]string{nil, {}, {"region": "eu", "tier": "pro"}} {
		merged := overlay(o)
		keys := make([]string, 0, len(merged))
		for k := range merged {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(keys)
	}
}
