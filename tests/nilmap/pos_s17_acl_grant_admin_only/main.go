// An access-control list keeps user -> permission -> granted. Grant makes a user's permission
// set only when the grant comes from an administrator, assuming users are enrolled that way
// first; the import job's first line grants a permission to a user no administrator enrolled,
// and its set does not exist.
package main

import (
	"fmt"
	"strings"
)

type ACL struct {
	perms map[string]map[string]bool
}

func NewACL() *ACL { return &ACL{perms: make(map[string]map[string]bool)} }

func (a *ACL) Grant(user, perm string, byAdmin bool) {
	if byAdmin {
		if _, ok := a.perms[user]; !ok {
			a.perms[user] = make(map[string]bool)
		}
	}
	a.perms[user][perm] = true // want "nil map|inner map"
}

func main() {
	a := NewACL()
	for _, line := range []string{"bob read job", "ann admin admin", "bob write admin"} {
		f := strings.Fields(line)
		a.Grant(f[0], f[1], f[2] == "admin")
	}
	fmt.Println(a.perms)
}
