// A code-owners index maps an organisation to its repositories' owners. The ensure step makes
// the inner map for the repository's team instead of its organisation, so the first repository
// of a new organisation is written into a missing inner map.
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
	byOrg map[string]map[string]string
}

func (x *ownersIndex) add(r repo) {
	org, name, _ := strings.Cut(r.fullName, "/")
	if _, ok := x.byOrg[r.team]; !ok {
		x.byOrg[r.team] = make(map[string]string)
	}
	x.byOrg[org][name] = r.team // want "nil map|inner map"
}

func main() {
	x := &ownersIndex{byOrg: make(map[string]map[string]string)}
	for _, r := range []repo{
		{fullName: "acme/billing", team: "payments"},
		{fullName: "acme/ledger", team: "payments"},
	} {
		x.add(r)
	}
	fmt.Println(x.byOrg)
}
