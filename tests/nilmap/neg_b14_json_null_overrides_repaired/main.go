// A config loader starts from defaults (an empty, made Overrides map) and decodes the operator's
// JSON file over them. The file says "overrides": null, which sets the map to nil, but the
// loader makes the map again when the decode left none before it adds its "region" override.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type Config struct {
	Service   string            `json:"service"`
	Port      int               `json:"port"`
	Overrides map[string]string `json:"overrides"`
	Debug     bool              `json:"debug"`
}

func defaults() Config {
	return Config{
		Service:   "ledger",
		Port:      8080,
		Overrides: map[string]string{},
	}
}

const operatorFile = `{
  "service": "ledger-eu",
  "port": 9090,
  "overrides": null,
  "debug": true
}`

func load(raw []byte, region string) (Config, error) {
	cfg := defaults()
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return Config{}, fmt.Errorf("decode config: %w", err)
	}
	if cfg.Overrides == nil {
		cfg.Overrides = map[string]string{}
	}
	if region != "" {
		cfg.Overrides["region"] = region
	}
	return cfg, nil
}

func (c Config) String() string {
	keys := make([]string, 0, len(c.Overrides))
	for k := range c.Overrides {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := fmt.Sprintf("%s:%d debug=%t", c.Service, c.Port, c.Debug)
	for _, k := range keys {
		s += fmt.Sprintf(" %s=%s", k, c.Overrides[k])
	}
	return s
}

func main() {
	cfg, err := load([]byte(operatorFile), "eu-west-1")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(cfg)
}
