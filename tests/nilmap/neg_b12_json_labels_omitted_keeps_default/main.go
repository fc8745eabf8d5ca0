// An agent loads its config from JSON over built-in defaults. defaults() makes the Labels map and
// the operator's file leaves "labels" out: encoding/json only touches the fields the document
// names, so the default map survives decoding and the host label has somewhere to go.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Config struct {
	Name     string            `json:"name"`
	Interval int               `json:"interval_seconds"`
	Labels   map[string]string `json:"labels"`
	Outputs  []string          `json:"outputs"`
}

func defaults() Config {
	return Config{
		Interval: 30,
		Labels:   map[string]string{"team": "platform"},
		Outputs:  []string{"stdout"},
	}
}

func load(raw string) (Config, error) {
	cfg := defaults()
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if cfg.Name == "" {
		cfg.Name = "agent"
	}
	return cfg, nil
}

func stamp(cfg *Config, host string) {
	cfg.Labels["host"] = host
}

const operatorFile = `{
  "name": "edge-collector",
  "interval_seconds": 10,
  "outputs": ["stdout", "s3"]
}`

func main() {
	cfg, err := load(operatorFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	stamp(&cfg, "edge-7")
	fmt.Println(cfg.Name, cfg.Interval, cfg.Labels, cfg.Outputs)
}
