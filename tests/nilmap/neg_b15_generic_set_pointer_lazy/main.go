// An API gateway keeps its client allow-list in a generic Set type over a map. Add has a pointer
// receiver and makes the map on first use, and the loader is handed the address of the zero Gate's
// field, so the first Add fills the field in place. The near miss of pos_b15_generic_set_zero_var.
package main

import (
	"fmt"
	"strings"
)

type Set[T comparable] map[T]struct{}

func (s *Set[T]) Add(v T) {
	if *s == nil {
		*s = make(Set[T])
	}
	(*s)[v] = struct{}{}
}

func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

func (s Set[T]) Len() int { return len(s) }

type Gate struct {
	allowed Set[string]
	denied  int
}

// loadAllowList reads one client id a line, skipping comments, and returns how many it added.
func loadAllowList(dst *Set[string], text string) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		id := strings.TrimSpace(line)
		if id == "" || strings.HasPrefix(id, "#") {
			continue
		}
		dst.Add(strings.ToLower(id))
		n++
	}
	return n
}

func (g *Gate) Admit(client string) bool {
	if g.allowed.Has(strings.ToLower(client)) {
		return true
	}
	g.denied++
	return false
}

const allowList = `
# partners
Acme-Billing
globex-sync
`

func main() {
	var g Gate
	n := loadAllowList(&g.allowed, allowList)
	fmt.Println("loaded", n, "clients")
	for _, c := range []string{"acme-billing", "initech"} {
		fmt.Println(c, g.Admit(c))
	}
	fmt.Println("denied:", g.denied, "size:", g.allowed.Len())
}
