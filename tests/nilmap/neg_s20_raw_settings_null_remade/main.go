// A job runner reads a job envelope whose settings stay raw until the job type is known. It
// makes the settings map and decodes the raw settings into it; the bytes `null` set the map to
// nil, so it makes the map again before adding the default region.
package main

import (
	"encoding/json"
	"fmt"
)

type envelope struct {
	Kind     string          `json:"kind"`
	Settings json.RawMessage `json:"settings"`
}

func settingsOf(doc []byte) (map[string]any, error) {
	var env envelope
	if err := json.Unmarshal(doc, &env); err != nil {
		return nil, fmt.Errorf("envelope: %w", err)
	}
	settings := map[string]any{}
	if err := json.Unmarshal(env.Settings, &settings); err != nil {
		return nil, fmt.Errorf("%s settings: %w", env.Kind, err)
	}
	if settings == nil {
		settings = map[string]any{}
	}
	settings["region"] = "eu-west-1"
	return settings, nil
}

func main() {
	for _, doc := range []string{
		`{"kind": "backup", "settings": {"retention": 7}}`,
		`{"kind": "report", "settings": null}`,
	} {
		s, err := settingsOf([]byte(doc))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(len(s))
	}
}
