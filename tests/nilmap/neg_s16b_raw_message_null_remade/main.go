// A near miss of pos_s16b_raw_message_null_into_made_map: a plugin's settings arrive as a
// json.RawMessage that may hold the literal null, which decodes the merged map to nil; this
// host makes the map again when the decode left it nil, so the version stamp writes into a
// made map.
package main

import (
	"encoding/json"
	"fmt"
	"log"
)

type plugin struct {
	Name     string          `json:"name"`
	Settings json.RawMessage `json:"settings"`
}

func settingsOf(p plugin) map[string]any {
	merged := map[string]any{"enabled": true}
	if p.Settings != nil {
		if err := json.Unmarshal(p.Settings, &merged); err != nil {
			log.Fatal(err)
		}
	}
	if merged == nil {
		merged = map[string]any{"enabled": false}
	}
	merged["host_version"] = "1.4"
	return merged
}

func main() {
	plugins := []plugin{
		{Name: "audit", Settings: json.RawMessage(`{"level": "full"}`)},
		{Name: "metrics", Settings: json.RawMessage(`null`)},
	}
	for _, p := range plugins {
		fmt.Println(p.Name, settingsOf(p))
	}
}
