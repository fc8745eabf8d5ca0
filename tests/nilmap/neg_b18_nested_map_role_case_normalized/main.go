// An RBAC policy makes one inner permission map per role under the lower-cased role name, as
// loaded from the roles file; Grant, called with the role as an admin typed it ("Admin"),
// lower-cases the name the same way before indexing the outer map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Policy struct {
	perms map[string]map[string]bool
}

func LoadPolicy(roles []string) *Policy {
	p := &Policy{perms: make(map[string]map[string]bool)}
	for _, role := range roles {
		p.perms[strings.ToLower(strings.TrimSpace(role))] = map[string]bool{}
	}
	return p
}

func (p *Policy) Grant(role, permission string) error {
	if strings.TrimSpace(permission) == "" {
		return fmt.Errorf("grant to %s: empty permission", role)
	}
	p.perms[strings.ToLower(strings.TrimSpace(role))][permission] = true
	return nil
}

func (p *Policy) Allowed(role, permission string) bool {
	return p.perms[strings.ToLower(role)][permission]
}

func (p *Policy) Dump() {
	roles := make([]string, 0, len(p.perms))
	for r := range p.perms {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, r := range roles {
		fmt.Println(r, len(p.perms[r]))
	}
}

func main() {
	p := LoadPolicy([]string{"viewer", " Editor", "admin"})
	grants := [][2]string{
		{"viewer", "read"},
		{"editor", "write"},
		{"Admin", "delete"},
	}
	for _, g := range grants {
		if err := p.Grant(g[0], g[1]); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(p.Allowed("ADMIN", "delete"))
	p.Dump()
}
