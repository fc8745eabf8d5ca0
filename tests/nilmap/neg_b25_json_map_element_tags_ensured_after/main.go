// A deploy tool starts from defaults whose services carry made Tags maps and decodes the
// user's JSON over them. encoding/json decodes each mentioned element into a fresh zero
// Service, so the loader makes the Tags of every service that comes back without them.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type Service struct {
	Image string            `json:"image"`
	Port  int               `json:"port"`
	Tags  map[string]string `json:"tags"`
}

type Config struct {
	Region   string             `json:"region"`
	Services map[string]Service `json:"services"`
}

func defaults() Config {
	return Config{
		Region: "eu-west-1",
		Services: map[string]Service{
			"api":    {Image: "api:stable", Port: 80, Tags: map[string]string{"tier": "web"}},
			"worker": {Image: "worker:stable", Tags: map[string]string{"tier": "batch"}},
		},
	}
}

func load(raw []byte) (Config, error) {
	cfg := defaults()
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return Config{}, err
	}
	for name, svc := range cfg.Services {
		if svc.Tags == nil {
			svc.Tags = make(map[string]string)
			cfg.Services[name] = svc
		}
	}
	return cfg, nil
}

func main() {
	raw := []byte(`{"region": "us-east-2", "services": {"api": {"image": "api:1.8.2", "port": 8080}}}`)
	cfg, err := load(raw)
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(cfg.Services))
	for name := range cfg.Services {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		cfg.Services[name].Tags["region"] = cfg.Region
	}
	for _, name := range names {
		svc := cfg.Services[name]
		fmt.Println(name, svc.Image, svc.Port, len(svc.Tags))
	}
}
