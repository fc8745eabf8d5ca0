// A service config implements UnmarshalJSON by decoding into a fresh alias value and assigning
// it over the whole struct, which drops the map NewConfig made; every document the service
// ships has a "labels" object, so the decoded map is there when the loader stamps the source.
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
	var decoded plain
	if err := json.Unmarshal(data, &decoded); err != nil {
		return err
	}
	if decoded.Replicas < 0 {
		return fmt.Errorf("config %q: negative replicas", decoded.Name)
	}
	*c = Config(decoded)
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
		{"worker.json", `{"name":"worker","replicas":2,"labels":{}}`},
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
