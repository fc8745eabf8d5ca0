// The near miss neg_b25_json_embedded_meta_flattened made wrong: the manifest the loader's
// reader parameter is handed has no "labels" key, so the embedded Meta's map stays nil and the
// default label is written into it.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Meta struct {
	Name   string            `json:"name"`
	Labels map[string]string `json:"labels"`
}

type Manifest struct {
	Meta
	Version  string   `json:"version"`
	Commands []string `json:"commands"`
}

const manifestJSON = `{
	"name": "backup",

	"version": "1.3.0",
	"commands": ["snapshot", "restore"]
}`

func loadManifest(r *strings.Reader) (*Manifest, error) {
	var m Manifest
	dec := json.NewDecoder(r)
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	if m.Version == "" {
		return nil, fmt.Errorf("manifest: no version")
	}
	return &m, nil
}

func register(m *Manifest, registry map[string]*Manifest) {
	if _, ok := m.Meta.Labels["managed-by"]; !ok {
		m.Meta.Labels["managed-by"] = "plugin-host" // want "nil map"
	}
	registry[m.Meta.Name+"@"+m.Version] = m
}

func main() {
	m, err := loadManifest(strings.NewReader(manifestJSON))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	registry := make(map[string]*Manifest)
	register(m, registry)
	for id, p := range registry {
		fmt.Println(id, p.Commands, p.Meta.Labels)
	}
}
