// A plugin manifest type ported from YAML keeps its metadata in a named field tagged
// `json:",inline"`. encoding/json has no inline option, so the flat "labels" key of the file
// matches no field, Meta.Labels stays nil, and the loader's default label panics.
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
	Meta     Meta     `json:",inline"`
	Version  string   `json:"version"`
	Commands []string `json:"commands"`
}

const manifestJSON = `{
	"name": "backup",
	"labels": {"owner": "storage-team"},
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
