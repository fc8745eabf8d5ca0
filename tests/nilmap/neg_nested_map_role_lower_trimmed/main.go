// An access-control list keeps the permissions of each role (role -> permission -> granted).
// Roles are declared lower-cased, and grants name a role as an operator typed it, which the
// grant lower-cases after trimming the spaces around it: the same spelling as the declaration
// for every role that was declared, and every grant here names one.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type acl struct {
	perms map[string]map[string]bool
}

func newACL() *acl {
	return &acl{perms: make(map[string]map[string]bool)}
}

func (a *acl) declare(role string) {
	a.perms[strings.ToLower(role)] = make(map[string]bool)
}

type grant struct {
	role, perm string
}

func (a *acl) apply(g grant) {
	a.perms[strings.ToLower(strings.TrimSpace(g.role))][g.perm] = true
}

func main() {
	a := newACL()
	for _, role := range []string{"Admin", "Viewer"} {
		a.declare(role)
	}
	for _, g := range []grant{{" admin", "deploy"}, {"VIEWER ", "read"}, {"Admin", "read"}} {
		a.apply(g)
	}
	roles := make([]string, 0, len(a.perms))
	for r := range a.perms {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, r := range roles {
		fmt.Println(r, len(a.perms[r]))
	}
}
