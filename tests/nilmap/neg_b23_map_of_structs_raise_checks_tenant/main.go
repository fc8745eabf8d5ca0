// A quota service keeps tenants by value in a map and raises a limit in place through
// q.tenants[name].limits[resource]; the raise first checks that the tenant is onboarded, so
// it never reaches the nil limits of a zero Tenant.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Tenant struct {
	Name   string
	Plan   string
	limits map[string]int
}

type quotas struct {
	tenants map[string]Tenant
}

func (q *quotas) Onboard(name, plan string) {
	base := map[string]int{"cpu": 2, "memory_gb": 4}
	if plan == "pro" {
		base["cpu"] = 8
	}
	q.tenants[name] = Tenant{Name: name, Plan: plan, limits: base}
}

func (q *quotas) Raise(name, resource string, by int) {
	if _, ok := q.tenants[name]; !ok {
		return
	}
	q.tenants[name].limits[resource] += by
}

func (q *quotas) Report() string {
	var lines []string
	for name, t := range q.tenants {
		for res, n := range t.limits {
			lines = append(lines, fmt.Sprintf("%s(%s) %s=%d", name, t.Plan, res, n))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// run applies admin commands such as "onboard acme pro" or "raise acme cpu 4".
func (q *quotas) run(cmd string) error {
	f := strings.Fields(cmd)
	switch {
	case len(f) == 3 && f[0] == "onboard":
		q.Onboard(f[1], f[2])
	case len(f) == 4 && f[0] == "raise":
		n, err := strconv.Atoi(f[3])
		if err != nil {
			return fmt.Errorf("%q: %w", cmd, err)
		}
		q.Raise(f[1], f[2], n)
	default:
		return fmt.Errorf("unknown command %q", cmd)
	}
	return nil
}

func main() {
	q := &quotas{tenants: make(map[string]Tenant)}
	for _, cmd := range []string{
		"onboard acme pro",
		"raise acme cpu 4",
		"raise globex memory_gb 8",
		"onboard globex free",
	} {
		if err := q.run(cmd); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(q.Report())
}
