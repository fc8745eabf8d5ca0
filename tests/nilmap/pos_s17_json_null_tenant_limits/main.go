// A quota service reads per-tenant limits from embedded JSON. A tenant whose limits were
// wiped is written as `null`, which decodes to a nil inner map under a key that is present,
// so the presence test before stamping the default burst finds it and writes into nil.
package main

import (
	"encoding/json"
	"fmt"
)

type Config struct {
	Limits struct {
		PerTenant map[string]map[string]int `json:"per_tenant"`
	} `json:"limits"`
}

const embedded = `{"limits": {"per_tenant": {"acme": {"rps": 50}, "initech": null}}}`

func stampBurst(cfg *Config, tenants []string) {
	for _, t := range tenants {
		if _, ok := cfg.Limits.PerTenant[t]; ok {
			cfg.Limits.PerTenant[t]["burst"] = 10 // want "nil map|inner map"
		}
	}
}

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(embedded), &cfg); err != nil {
		fmt.Println(err)
		return
	}
	stampBurst(&cfg, []string{"acme", "initech", "globex"})
	fmt.Println(cfg.Limits.PerTenant)
}
