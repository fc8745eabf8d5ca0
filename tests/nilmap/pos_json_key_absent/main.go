// A config loader: the JSON has no "labels" key, so Unmarshal leaves the map nil.
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
	err := json.Unmarshal([]byte(configJSON), &c)
	return c, err
}

func main() {
	cfg, err := load()
	if err != nil {
		panic(err)
	}
	cfg.Labels["service"] = cfg.Service // want "nil map"
	fmt.Println(cfg.Port)
}
