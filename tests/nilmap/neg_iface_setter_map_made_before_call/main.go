// An audit logger hands a record's attribute map to helpers through a small Setter interface;
// the record starts as a zero value, but its map is made before the first helper runs, so the
// map type's Set always writes into a made map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Setter interface {
	Set(key, value string)
}

type Attrs map[string]string

func (a Attrs) Set(key, value string) { a[key] = value }

type Entry struct {
	Action string
	Attrs  Attrs
}

func describeUser(s Setter, user string) {
	s.Set("user", user)
	s.Set("realm", "staff")
}

func audit(action, user string) string {
	var e Entry
	e.Action = action
	e.Attrs = Attrs{}
	describeUser(e.Attrs, user)
	keys := make([]string, 0, len(e.Attrs))
	for k, v := range e.Attrs {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	return e.Action + " " + strings.Join(keys, " ")
}

func main() {
	fmt.Println(audit("login", "ada"))
}
