// A multi-tenant API loads its tenants from "name:kind=n,kind=n" lines and gives a tenant
// that sets no quotas the package's default quota map. Each tenant's usage worker then
// spends its quotas in place, so two tenants on the defaults spend from one map in two
// goroutines.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

var defaultQuotas = map[string]int{"requests": 1000, "uploads": 10}

type tenant struct {
	name   string
	quotas map[string]int // kind -> remaining this period
}

func loadTenants(lines []string) []*tenant {
	var out []*tenant
	for _, line := range lines {
		name, spec, _ := strings.Cut(line, ":")
		t := &tenant{name: name}
		for _, kv := range strings.Split(spec, ",") {
			kind, n, ok := strings.Cut(kv, "=")
			if v, err := strconv.Atoi(n); ok && err == nil {
				if t.quotas == nil {
					t.quotas = map[string]int{}
				}
				t.quotas[kind] = v
			}
		}
		if t.quotas == nil {
			t.quotas = defaultQuotas // root cause
		}
		out = append(out, t)
	}
	return out
}

func (t *tenant) spend(kind string, n int) bool {
	if t.quotas[kind] < n { // other access
		return false
	}
	t.quotas[kind] -= n // want "concurrent map write"
	return true
}

func main() {
	tenants := loadTenants([]string{"acme:requests=50000,uploads=500", "globex:", "initech:"})
	var ready, wg sync.WaitGroup
	ready.Add(len(tenants))
	for _, t := range tenants {
		wg.Go(func() { // the tenant's usage worker
			ready.Done()
			ready.Wait()
			t.spend("requests", 1)
		})
	}
	wg.Wait()
	for _, t := range tenants {
		fmt.Println(t.name, t.quotas["requests"])
	}
}
