// An RBAC loader reads role definitions in file order; a role may inherit the permissions of
// another role. It starts an inheriting role from a clone of its parent's permission set; a
// parent defined further down the file has no set yet, and maps.Clone of the missing inner
// map returns nil, so the loader starts such a role from an empty set instead.
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

func loadRoles(defs []roleDef) map[string]map[string]bool {
	perms := make(map[string]map[string]bool) // role -> permission set
	for _, d := range defs {
		if d.inherits != "" {
			inherited := maps.Clone(perms[d.inherits])
			if inherited == nil {
				inherited = make(map[string]bool)
			}
			perms[d.name] = inherited
		} else {
			perms[d.name] = make(map[string]bool)
		}
		for _, p := range d.perms {
			perms[d.name][p] = true
		}
	}
	return perms
}

func main() {
	roles := loadRoles([]roleDef{
		{name: "viewer", perms: []string{"orders:read", "users:read"}},
		{name: "editor", inherits: "viewer", perms: []string{"orders:write"}},
		{name: "admin", inherits: "owner", perms: []string{"users:write"}},
		{name: "owner", inherits: "editor", perms: []string{"billing:write"}},
	})
	for _, r := range []string{"viewer", "editor", "admin", "owner"} {
		var names []string
		for p := range roles[r] {
			names = append(names, p)
		}
		sort.Strings(names)
		fmt.Println(r, names)
	}
}
