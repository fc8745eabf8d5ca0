// A deploy agent loads its settings from a JSON document. loadConfig makes the Labels map before
// it unmarshals, and Unmarshal keeps a map that the document does not mention, so the region label
// has somewhere to go on a host whose config has no "labels" object. The near miss of
// pos_b15_config_absent_labels.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Config struct {
	Service string            `json:"service"`
	Region  string            `json:"region"`
	Labels  map[string]string `json:"labels"`
	Ports   []int             `json:"ports"`
}

const hostConfig = `{"service": "ledger", "region": "eu-west-1", "ports": [8080, 9090]}`

func loadConfig(raw string) (*Config, error) {
	cfg := Config{Labels: make(map[string]string)}
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		return nil, fmt.Errorf("parse config: %w", err)
	}
	if cfg.Service == "" {
		return nil, fmt.Errorf("config has no service name")
	}
	return &cfg, nil
}

func applyDefaults(cfg *Config) {
	if len(cfg.Ports) == 0 {
		cfg.Ports = []int{8080}
	}
	cfg.Labels["region"] = cfg.Region
	if _, ok := cfg.Labels["team"]; !ok {
		cfg.Labels["team"] = "platform"
	}
}

func render(cfg *Config) string {
	keys := make([]string, 0, len(cfg.Labels))
	for k := range cfg.Labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+cfg.Labels[k])
	}
	return fmt.Sprintf("%s ports=%v labels{%s}", cfg.Service, cfg.Ports, strings.Join(parts, ","))
}

func main() {
	cfg, err := loadConfig(hostConfig)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	applyDefaults(cfg)
	fmt.Println(render(cfg))
}
