// A near miss of pos_nested_map_role_inherits_later: an inheriting role starts from a clone of
// its parent's permission set, but the loader looks the parent up with comma-ok first and
// rejects a role whose parent is not defined yet, so the clone is never of a missing set.
package main

import (
	"fmt"
	"maps"
	"sort"
)

type roleDef struct {
	name     string
	inherits string
	perms    []string
}

func loadRoles(defs []roleDef) (map[string]map[string]bool, error) {
	perms := make(map[string]map[string]bool)
	for _, d := range defs {
		if d.inherits != "" {
			parent, ok := perms[d.inherits]
			if !ok {
				return nil, fmt.Errorf("role %s inherits %s, defined later", d.name, d.inherits)
			}
			perms[d.name] = maps.Clone(parent)
		} else {
			perms[d.name] = make(map[string]bool)
		}
		for _, p := range d.perms {
			perms[d.name][p] = true
		}
	}
	return perms, nil
}

func main() {
	for _, defs := range [][]roleDef{
		{{name: "viewer", perms: []string{"orders:read"}}, {name: "editor", inherits: "viewer", perms: []string{"orders:write"}}},
		{{name: "admin", inherits: "owner", perms: []string{"users:write"}}, {name: "owner", perms: []string{"billing:write"}}},
	} {
		roles, err := loadRoles(defs)
		var names []string
		for r, set := range roles {
			for p := range set {
				names = append(names, r+":"+p)
			}
		}
		sort.Strings(names)
		fmt.Println(names, err)
	}
}
