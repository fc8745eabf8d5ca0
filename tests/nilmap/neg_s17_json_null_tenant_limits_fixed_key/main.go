// A near miss: the embedded JSON wipes one tenant's limits with `null`, but the only write
// stamps a burst into the limits of "acme", a key the JSON gives a real object, so the inner
// map written is made.
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

func stampAcme(cfg *Config) {
	if _, ok := cfg.Limits.PerTenant["acme"]; ok {
		cfg.Limits.PerTenant["acme"]["burst"] = 10
	}
}

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(embedded), &cfg); err != nil {
		fmt.Println(err)
		return
	}
	stampAcme(&cfg)
	fmt.Println(cfg.Limits.PerTenant)
}
