// A near miss: Grant makes a user's permission set when an administrator grants, and refuses a
// grant from anyone else for a user who has no set yet, so every write reaches a set that
// exists.
package main

import (
	"fmt"
	"strings"
)

type ACL struct {
	perms   map[string]map[string]bool
	refused int
}

func NewACL() *ACL { return &ACL{perms: make(map[string]map[string]bool)} }

func (a *ACL) Grant(user, perm string, byAdmin bool) {
	if byAdmin {
		if _, ok := a.perms[user]; !ok {
			a.perms[user] = make(map[string]bool)
		}
	} else if _, ok := a.perms[user]; !ok {
		a.refused++
		return
	}
	a.perms[user][perm] = true
}

func main() {
	a := NewACL()
	for _, line := range []string{"bob read job", "ann admin admin", "bob write admin"} {
		f := strings.Fields(line)
		a.Grant(f[0], f[1], f[2] == "admin")
	}
	fmt.Println(a.perms, "refused:", a.refused)
}
