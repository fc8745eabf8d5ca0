// A service decodes its JSON config; the feature list is a comma-separated string turned into a
// set by FeatureSet.UnmarshalText. An empty string returns before the set is made, and the
// --enable override later switches a feature on in the nil set.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

type FeatureSet struct {
	on map[string]bool
}

func (f *FeatureSet) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "" {
		return nil
	}
	f.on = make(map[string]bool)
	for _, name := range strings.Split(s, ",") {
		f.on[strings.TrimSpace(name)] = true
	}
	return nil
}

func (f *FeatureSet) Enable(name string) {
	f.on[name] = true // want "nil map"
}

func (f *FeatureSet) List() []string {
	out := make([]string, 0, len(f.on))
	for name := range f.on {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

type Config struct {
	Service  string     `json:"service"`
	Port     int        `json:"port"`
	Features FeatureSet `json:"features"`
}

func load(raw string) (*Config, error) {
	var c Config
	if err := json.Unmarshal([]byte(raw), &c); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return &c, nil
}

func main() {
	cfg, err := load(`{"service": "billing-api", "port": 8443, "features": ""}`)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	overrides := []string{"audit-log"}
	for _, name := range overrides {
		cfg.Features.Enable(name)
	}
	fmt.Printf("%s on :%d with %v\n", cfg.Service, cfg.Port, cfg.Features.List())
}
