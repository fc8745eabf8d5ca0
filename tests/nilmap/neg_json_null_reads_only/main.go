// A feature-flag service decodes a tenant's overrides where `"overrides": null` leaves the map
// nil; it only reads, ranges, measures, deletes from and clears the map, which are all safe on a
// nil map, and writes only into the map it makes for the result.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type tenantFlags struct {
	Tenant    string          `json:"tenant"`
	Overrides map[string]bool `json:"overrides"`
}

func effective(defaults map[string]bool, t *tenantFlags) map[string]bool {
	out := make(map[string]bool, len(defaults)+len(t.Overrides))
	for k, v := range defaults {
		out[k] = v
	}
	for k, v := range t.Overrides {
		out[k] = v
	}
	if on, ok := t.Overrides["beta-ui"]; ok && !on {
		delete(out, "beta-ui")
	}
	delete(t.Overrides, "legacy-export")
	return out
}

func main() {
	var t tenantFlags
	if err := json.Unmarshal([]byte(`{"tenant": "acme", "overrides": null}`), &t); err != nil {
		fmt.Println(err)
		return
	}
	flags := effective(map[string]bool{"beta-ui": true, "dark-mode": false}, &t)
	keys := make([]string, 0, len(flags))
	for k := range flags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	clear(t.Overrides)
	fmt.Println(t.Tenant, keys, len(t.Overrides))
}
