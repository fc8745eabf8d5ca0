// A near miss: the embedded JSON wipes one tenant's limits with `null`, but the loader copies
// every tenant's limits into a fresh map before anything stamps them, so the `null` entry is
// an empty made map by the time the presence test finds it.
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

func load() (*Config, error) {
	var cfg Config
	if err := json.Unmarshal([]byte(embedded), &cfg); err != nil {
		return nil, err
	}
	for t, limits := range cfg.Limits.PerTenant {
		own := make(map[string]int, len(limits))
		for k, v := range limits {
			own[k] = v
		}
		cfg.Limits.PerTenant[t] = own
	}
	return &cfg, nil
}

func stampBurst(cfg *Config, tenants []string) {
	for _, t := range tenants {
		if _, ok := cfg.Limits.PerTenant[t]; ok {
			cfg.Limits.PerTenant[t]["burst"] = 10
		}
	}
}

func main() {
	cfg, err := load()
	if err != nil {
		fmt.Println(err)
		return
	}
	stampBurst(cfg, []string{"acme", "initech", "globex"})
	fmt.Println(cfg.Limits.PerTenant)
}
