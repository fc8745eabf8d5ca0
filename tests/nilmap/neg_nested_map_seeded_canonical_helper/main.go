// An RBAC policy makes one inner permission map per role, keyed by the role's canonical name;
// Grant rejects an empty permission and then writes under the canonical name of the role as
// the admin typed it, made by the same helper, so every role the file declared finds its map.
// The near miss of pos_b18_nested_map_role_case_mismatch.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Policy struct {
	perms map[string]map[string]bool
}

func canonical(role string) string {
	return strings.ToLower(strings.TrimSpace(role))
}

func LoadPolicy(roles []string) *Policy {
	p := &Policy{perms: make(map[string]map[string]bool)}
	for _, role := range roles {
		p.perms[canonical(role)] = map[string]bool{}
	}
	return p
}

func (p *Policy) Grant(role, permission string) error {
	if strings.TrimSpace(permission) == "" {
		return fmt.Errorf("grant to %s: empty permission", role)
	}
	p.perms[canonical(role)][permission] = true
	return nil
}

func main() {
	p := LoadPolicy([]string{"viewer", " Editor", "admin"})
	for _, g := range [][2]string{{"viewer", "read"}, {"editor", ""}, {"Admin", "delete"}} {
		if err := p.Grant(g[0], g[1]); err != nil {
			fmt.Println(err)
		}
	}
	roles := make([]string, 0, len(p.perms))
	for r := range p.perms {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, r := range roles {
		fmt.Println(r, len(p.perms[r]))
	}
}
