// A nightly job decays the per-tenant counters of a usage table held by value: it ranges over
// the table's own keys, so every lookup finds its entry, made with its counters by Register.
package main

import (
	"fmt"
	"sort"
)

type usage struct {
	requests int
	byDay    map[string]int
}

type table struct {
	tenants map[string]usage
}

func (t *table) Register(name string) {
	t.tenants[name] = usage{byDay: map[string]int{}}
}

func (t *table) Record(name, day string) error {
	u, ok := t.tenants[name]
	if !ok {
		return fmt.Errorf("unknown tenant %q", name)
	}
	u.requests++
	u.byDay[day]++
	t.tenants[name] = u
	return nil
}

func (t *table) Rollover(day string) {
	for name := range t.tenants {
		u := t.tenants[name]
		u.byDay[day] = 0
		u.requests = 0
		t.tenants[name] = u
	}
}

func main() {
	t := &table{tenants: map[string]usage{}}
	t.Register("acme")
	t.Register("globex")
	if err := t.Record("acme", "mon"); err != nil {
		fmt.Println(err)
	}
	if err := t.Record("initech", "mon"); err != nil {
		fmt.Println(err)
	}
	t.Rollover("tue")
	names := make([]string, 0, len(t.tenants))
	for n := range t.tenants {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, t.tenants[n].requests, len(t.tenants[n].byDay))
	}
}
