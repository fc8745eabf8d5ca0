// A service config made by NewConfig with an empty Labels map implements UnmarshalJSON by
// decoding through an alias of the receiver itself, so a document without "labels" leaves the
// made map in place, and the loader then stamps the source label into it.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Config struct {
	Name     string            `json:"name"`
	Replicas int               `json:"replicas"`
	Labels   map[string]string `json:"labels"`
}

func NewConfig() *Config {
	return &Config{Replicas: 1, Labels: map[string]string{}}
}

// UnmarshalJSON validates the replica count after decoding.
func (c *Config) UnmarshalJSON(data []byte) error {
	type plain Config
	if err := json.Unmarshal(data, (*plain)(c)); err != nil {
		return err
	}
	if c.Replicas < 0 {
		return fmt.Errorf("config %q: negative replicas", c.Name)
	}
	return nil
}

func Load(source string, doc []byte) (*Config, error) {
	cfg := NewConfig()
	if err := json.Unmarshal(doc, cfg); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	cfg.Labels["config.source"] = source
	return cfg, nil
}

func main() {
	docs := []struct {
		source string
		body   string
	}{
		{"api.json", `{"name":"api","replicas":3,"labels":{"tier":"front"}}`},
		{"worker.json", `{"name":"worker","replicas":2}`},
	}
	for _, d := range docs {
		cfg, err := Load(d.source, []byte(d.body))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		fmt.Println(cfg.Name, cfg.Replicas, len(cfg.Labels))
	}
}
