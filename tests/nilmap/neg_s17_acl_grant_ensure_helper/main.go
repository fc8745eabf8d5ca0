// A near miss: Grant makes a user's permission set itself when an administrator grants, and
// otherwise enrols the user through the ACL's enrol helper, which makes the set on a miss, so
// every write reaches a set that exists.
package main

import (
	"fmt"
	"strings"
)

type ACL struct {
	perms map[string]map[string]bool
	log   []string
}

func NewACL() *ACL { return &ACL{perms: make(map[string]map[string]bool)} }

func (a *ACL) enrol(user string) {
	if _, ok := a.perms[user]; !ok {
		a.perms[user] = make(map[string]bool)
		a.log = append(a.log, "enrolled "+user)
	}
}

func (a *ACL) Grant(user, perm string, byAdmin bool) {
	if byAdmin {
		if _, ok := a.perms[user]; !ok {
			a.perms[user] = make(map[string]bool)
		}
	} else {
		a.enrol(user)
	}
	a.perms[user][perm] = true
}

func main() {
	a := NewACL()
	for _, line := range []string{"bob read job", "ann admin admin", "bob write admin"} {
		f := strings.Fields(line)
		a.Grant(f[0], f[1], f[2] == "admin")
	}
	fmt.Println(a.perms, a.log)
}
