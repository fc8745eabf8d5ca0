// A deploy agent reads a service manifest and decodes it best-effort: a bad value should only
// cost that field, so decode errors are logged and the agent carries on. That holds for type
// errors, but the manifest written by the ops tool ends with a trailing comma, a syntax error,
// and encoding/json then fills no field at all, so Labels stays nil and stamping the deployer
// label writes into a nil map.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
)

type manifest struct {
	Service  string            `json:"service"`
	Image    string            `json:"image"`
	Replicas int               `json:"replicas"`
	Labels   map[string]string `json:"labels"`
}

// The ops tool renders each key on its own line, each followed by a comma.
const rendered = `{
	"service": "checkout",
	"image": "registry.local/checkout:1.14.2",
	"replicas": 3,
	"labels": {"team": "payments", "tier": "frontend"},
}`

func load(src string) manifest {
	var m manifest
	dec := json.NewDecoder(strings.NewReader(src))
	if err := dec.Decode(&m); err != nil {
		log.Printf("manifest: %v (keeping what decoded)", err)
	}
	if m.Replicas == 0 {
		m.Replicas = 1
	}
	return m
}

func stamp(m *manifest, user string) {
	m.Labels["deployed-by"] = user // want "nil map"
}

func render(m manifest) string {
	keys := make([]string, 0, len(m.Labels))
	for k := range m.Labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%s", k, m.Labels[k])
	}
	return b.String()
}

func main() {
	log.SetOutput(os.Stdout)
	m := load(rendered)
	stamp(&m, "ci-bot")
	fmt.Printf("deploy %s (%s) x%d labels:%s\n", m.Service, m.Image, m.Replicas, render(m))
}
