// A rate-limit service gives each tenant its own copy of its plan's limits, then applies the
// tenant's overrides on top. maps.Clone keeps nil as nil, and the free plan lists no limits, so
// a free tenant's inner map is nil and applying its burst override writes into it.
package main

import (
	"fmt"
	"maps"
	"sort"
)

type plan struct {
	Name   string
	Limits map[string]int // resource -> requests per minute
}

type tenant struct {
	ID        string
	Plan      string
	Overrides map[string]int
}

var plans = map[string]plan{
	"pro":  {Name: "pro", Limits: map[string]int{"search": 600, "export": 60}},
	"free": {Name: "free"}, // falls back to the global defaults at enforcement time
}

type limiter struct {
	limits map[string]map[string]int // tenant -> resource -> rpm
}

func build(tenants []tenant) *limiter {
	l := &limiter{limits: make(map[string]map[string]int)}
	for _, t := range tenants {
		l.limits[t.ID] = maps.Clone(plans[t.Plan].Limits)
	}
	for _, t := range tenants {
		for res, rpm := range t.Overrides {
			l.limits[t.ID][res] = rpm // want "nil map|inner map"
		}
	}
	return l
}

func (l *limiter) describe(id string) string {
	res := make([]string, 0, len(l.limits[id]))
	for r := range l.limits[id] {
		res = append(res, r)
	}
	sort.Strings(res)
	out := id + ":"
	for _, r := range res {
		out += fmt.Sprintf(" %s=%d", r, l.limits[id][r])
	}
	return out
}

func main() {
	tenants := []tenant{
		{ID: "acme", Plan: "pro", Overrides: map[string]int{"export": 120}},
		{ID: "hobby-42", Plan: "free", Overrides: map[string]int{"burst": 5}},
	}
	l := build(tenants)
	for _, t := range tenants {
		fmt.Println(l.describe(t.ID))
	}
}
