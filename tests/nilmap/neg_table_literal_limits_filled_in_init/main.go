// A multi-tenant API gateway keeps its tenants in a map literal of *Tenant, and one tenant was
// written into the table without a Limits map; init gives every tenant without limits an empty
// map before the nightly billing job raises the request limit of the pro tenants.
package main

import (
	"fmt"
	"sort"
)

type Tenant struct {
	Name   string
	Plan   string
	Limits map[string]int
}

var tenants = map[string]*Tenant{
	"acme":    {Name: "Acme", Plan: "pro", Limits: map[string]int{"rps": 50, "burst": 100}},
	"globex":  {Name: "Globex", Plan: "free", Limits: map[string]int{"rps": 5}},
	"initech": {Name: "Initech", Plan: "pro"},
}

func init() {
	for _, t := range tenants {
		if t.Limits == nil {
			t.Limits = map[string]int{}
		}
	}
}

func raiseProLimits(rps int) {
	for _, t := range tenants {
		if t.Plan != "pro" {
			continue
		}
		t.Limits["rps"] = rps
	}
}

func main() {
	raiseProLimits(200)
	ids := make([]string, 0, len(tenants))
	for id := range tenants {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Println(id, tenants[id].Limits["rps"])
	}
}
