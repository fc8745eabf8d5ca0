// An edge proxy loads its upstream tiers from JSON into a slice of tiers. A document may list
// fewer than three, so load appends a fallback tier with its own weight map when the document
// has none, and pinning the local cache into the last tier, the fallback, has a map to write.
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
	Listen string `json:"listen"`
	Tiers  []Tier `json:"tiers"`
}

func newConfig() *Config {
	return &Config{Listen: ":8443"}
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
	if n := len(cfg.Tiers); n == 0 || cfg.Tiers[n-1].Name != "fallback" {
		cfg.Tiers = append(cfg.Tiers, Tier{Name: "fallback", Weights: make(map[string]int)})
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
	fallback.Weights["local-cache"] = 1
	fmt.Println("listen", cfg.Listen)
	for _, t := range cfg.Tiers {
		fmt.Println(describe(t))
	}
}
