// The config loader fills in an empty label map when the JSON has none.
package main

import (
	"encoding/json"
	"fmt"
)

type Config struct {
	Service string            `json:"service"`
	Port    int               `json:"port"`
	Labels  map[string]string `json:"labels"`
}

const configJSON = `{"service": "checkout", "port": 8080}`

func load() (Config, error) {
	var c Config
	if err := json.Unmarshal([]byte(configJSON), &c); err != nil {
		return c, err
	}
	if c.Labels == nil {
		c.Labels = map[string]string{}
	}
	return c, nil
}

func main() {
	cfg, err := load()
	if err != nil {
		panic(err)
	}
	cfg.Labels["service"] = cfg.Service
	fmt.Println(cfg.Port)
}
