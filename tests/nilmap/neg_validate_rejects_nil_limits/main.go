// A multi-tenant API applies plan overrides to each tenant's limits after validating the
// tenant's config (config.go). validate also rejects a tenant without limits, so a tenant
// onboarded without limits is skipped before the override.
package main

import "fmt"

var planOverrides = map[string]map[string]int{
	"pro": {"requests_per_minute": 6000},
}

func apply(c *TenantConfig) error {
	if err := validate(c); err != nil {
		return err
	}
	for resource, limit := range planOverrides[c.Plan] {
		c.Limits[resource] = limit
	}
	return nil
}

func main() {
	tenants := []*TenantConfig{
		{Name: "acme", Plan: "pro", Limits: map[string]int{"storage_gb": 50}},
		{Name: "globex", Plan: "pro"},
	}
	for _, t := range tenants {
		if err := apply(t); err != nil {
			fmt.Println("skipping:", err)
			continue
		}
		fmt.Println(t.Name, t.Limits)
	}
}
