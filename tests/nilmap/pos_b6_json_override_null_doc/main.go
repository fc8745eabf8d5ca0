// A multi-tenant API keeps each tenant's rate-limit overrides as a JSON document in its
// settings store and decodes it into the tenant's Limits map through the field's address.
// json.Unmarshal makes the map for an object, but one tenant's stored document is the JSON
// null (written when its overrides were cleared), which leaves the map nil, and the default
// limit is then added to a nil map.
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
		t.Limits["default"] = 100 // want "nil map"
	}
	return t, nil
}

func main() {
	for _, name := range []string{"acme", "globex", "initech"} {
		t, err := loadTenant(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(t.Name, t.Limits)
	}
}
