// A multi-tenant API keeps each tenant's rate-limit overrides as a JSON document in its
// settings store and decodes it into the tenant's Limits map through the field's address.
// One stored document is the JSON null, but this process serves only the tenants whose
// documents are objects, so every decode makes the map before the default limit is added.
package main

import (
	"encoding/json"
	"fmt"
)

type Tenant struct {
	Name   string
	Limits map[string]int
}

var settingsStore = map[string]string{
	"acme":    `{"search": 50}`,
	"globex":  `{}`,
	"initech": `null`,
}

func loadTenant(name string) (*Tenant, error) {
	t := &Tenant{Name: name}
	if err := json.Unmarshal([]byte(settingsStore[name]), &t.Limits); err != nil {
		return nil, fmt.Errorf("tenant %s: %w", name, err)
	}
	if _, ok := t.Limits["default"]; !ok {
		t.Limits["default"] = 100
	}
	return t, nil
}

func main() {
	for _, name := range []string{"acme", "globex"} {
		t, err := loadTenant(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(t.Name, t.Limits)
	}
}
