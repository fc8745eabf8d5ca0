// A code-owners index maps both an organisation and a team to repositories. The add step
// ensures the inner maps for the team and for the organisation before writing under each.
package main

import (
	"fmt"
	"strings"
)

type repo struct {
	fullName string // "org/name"
	team     string
}

type ownersIndex struct {
	byKey map[string]map[string]string
}

func (x *ownersIndex) add(r repo) {
	org, name, _ := strings.Cut(r.fullName, "/")
	if _, ok := x.byKey[r.team]; !ok {
		x.byKey[r.team] = make(map[string]string)
	}
	x.byKey[r.team][name] = org
	if _, ok := x.byKey[org]; !ok {
		x.byKey[org] = make(map[string]string)
	}
	x.byKey[org][name] = r.team
}

func main() {
	x := &ownersIndex{byKey: make(map[string]map[string]string)}
	for _, r := range []repo{
		{fullName: "acme/billing", team: "payments"},
		{fullName: "acme/ledger", team: "payments"},
	} {
		x.add(r)
	}
	fmt.Println(x.byKey)
}
