// A plugin host keeps each plugin's settings as a json.RawMessage and merges them over a map of
// defaults it has just made. A plugin whose settings are written as null has a RawMessage that
// holds the four bytes `null`, not a nil slice, so the test against nil passes; decoding the
// literal null into the map sets the map to nil, and the version stamp panics.
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
	merged["host_version"] = "1.4" // want "nil map"
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
