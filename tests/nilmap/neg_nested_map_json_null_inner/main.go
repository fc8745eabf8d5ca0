// A gateway reads per-plugin settings from JSON into a map of maps; a plugin written as
// `"auth": null` decodes to a nil inner map, so forcing a setting checks the inner map for nil
// rather than for presence.
package main

import (
	"encoding/json"
	"fmt"
)

type gatewayConfig struct {
	Listen  string                       `json:"listen"`
	Plugins map[string]map[string]string `json:"plugins"`
}

const raw = `{"listen": ":8443", "plugins": {"cors": {"origin": "*"}, "auth": null}}`

func load() (*gatewayConfig, error) {
	var cfg gatewayConfig
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		return nil, err
	}
	return &cfg, nil
}

func enforce(cfg *gatewayConfig, plugin, key, value string) {
	if cfg.Plugins[plugin] == nil {
		cfg.Plugins[plugin] = make(map[string]string)
	}
	cfg.Plugins[plugin][key] = value
}

func main() {
	cfg, err := load()
	if err != nil {
		fmt.Println(err)
		return
	}
	enforce(cfg, "cors", "credentials", "false")
	enforce(cfg, "auth", "mode", "strict")
	fmt.Println(cfg.Plugins)
}
