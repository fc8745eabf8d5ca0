// Near miss of pos_fix_osquery_config_null, the fixed code of
// https://github.com/fleetdm/fleet/issues/47388 (commit ad0a39e067, PR #48584): after decoding
// the base config, a config that a JSON null set to nil is made again.
package main

import (
	"encoding/json"
	"fmt"
)

type agentOptions struct {
	Config json.RawMessage `json:"config"`
}

type host struct {
	name  string
	packs []string
}

func clientConfig(h host, stored []byte) (map[string]interface{}, error) {
	var opts agentOptions
	if err := json.Unmarshal(stored, &opts); err != nil {
		return nil, fmt.Errorf("agent options: %w", err)
	}
	config := make(map[string]interface{})
	if opts.Config != nil {
		if err := json.Unmarshal(opts.Config, &config); err != nil {
			return nil, fmt.Errorf("parse base configuration: %w", err)
		}
	}
	if config == nil {
		config = make(map[string]interface{})
	}
	packs := make(map[string][]string)
	for _, p := range h.packs {
		packs[p] = []string{"SELECT * FROM " + p}
	}
	if len(packs) > 0 {
		config["packs"] = packs
	}
	return config, nil
}

func main() {
	stored := map[string]string{
		"web-1": `{"config": {"options": {"distributed_interval": 10}}}`,
		"web-2": `{"config": null}`,
	}
	for _, h := range []host{
		{name: "web-1", packs: []string{"processes"}},
		{name: "web-2", packs: []string{"users"}},
	} {
		config, err := clientConfig(h, []byte(stored[h.name]))
		if err != nil {
			fmt.Println(h.name, err)
			continue
		}
		fmt.Println(h.name, len(config))
	}
}
