// An edge proxy loads its three upstream tiers (primary, secondary, fallback) from JSON into a
// fixed [3]Tier array that newConfig prepares with a weight map per tier, so a document only
// overrides what it names. A document listing two tiers makes encoding/json zero the array's
// third element, map included, and pinning the local cache into the fallback tier then writes
// into a nil map.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"sort"
)

type Tier struct {
	Name    string         `json:"name"`
	Weights map[string]int `json:"weights"`
}

type Config struct {
	Listen string  `json:"listen"`
	Tiers  [3]Tier `json:"tiers"`
}

func newConfig() *Config {
	c := &Config{Listen: ":8443"}
	for i, name := range []string{"primary", "secondary", "fallback"} {
		c.Tiers[i] = Tier{Name: name, Weights: make(map[string]int)}
	}
	return c
}

const doc = `{"listen": ":9443", "tiers": [
  {"name": "primary", "weights": {"eu-1": 3, "eu-2": 1}},
  {"name": "secondary", "weights": {"us-1": 1}}
]}`

func load(raw string) (*Config, error) {
	cfg := newConfig()
	if err := json.Unmarshal([]byte(raw), cfg); err != nil {
		return nil, fmt.Errorf("proxy config: %w", err)
	}
	return cfg, nil
}

func describe(t Tier) string {
	names := make([]string, 0, len(t.Weights))
	for n := range t.Weights {
		names = append(names, n)
	}
	sort.Strings(names)
	out := t.Name + ":"
	for _, n := range names {
		out += fmt.Sprintf(" %s=%d", n, t.Weights[n])
	}
	return out
}

func main() {
	cfg, err := load(doc)
	if err != nil {
		log.Fatal(err)
	}
	fallback := &cfg.Tiers[len(cfg.Tiers)-1]
	fallback.Weights["local-cache"] = 1 // want "nil map"
	fmt.Println("listen", cfg.Listen)
	for _, t := range cfg.Tiers {
		fmt.Println(describe(t))
	}
}
