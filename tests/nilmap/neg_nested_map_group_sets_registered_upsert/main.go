// A permission store keeps role -> set of permissions. The constructor registers every role
// with an empty set, and Grant reads a role's set, adds to it and stores it back without a
// presence check: grants only name the roles the store was built with.
package main

import (
	"fmt"
	"sort"
)

type store struct {
	perms map[string]map[string]bool
}

func newStore(roles ...string) *store {
	s := &store{perms: make(map[string]map[string]bool)}
	for _, r := range roles {
		s.perms[r] = make(map[string]bool)
	}
	return s
}

func (s *store) Grant(role, perm string) {
	set := s.perms[role]
	set[perm] = true
	s.perms[role] = set
}

func main() {
	s := newStore("viewer", "editor")
	s.Grant("viewer", "read")
	s.Grant("editor", "write")
	var out []string
	for p := range s.perms["editor"] {
		out = append(out, p)
	}
	sort.Strings(out)
	fmt.Println(out, len(s.perms["viewer"]))
}
