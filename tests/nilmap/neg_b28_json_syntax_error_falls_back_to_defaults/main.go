// A deploy agent reads a service manifest written by the ops tool, which ends with a trailing
// comma, a syntax error after which encoding/json fills no field. The agent treats any decode
// error as a broken manifest and falls back to defaults, whose Labels map is made, so stamping
// the deployer label stores into a made map.
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
		log.Printf("manifest: %v (using defaults)", err)
		m = manifest{Service: "unknown", Labels: map[string]string{"source": "defaults"}}
	}
	if m.Replicas == 0 {
		m.Replicas = 1
	}
	return m
}

func stamp(m *manifest, user string) {
	m.Labels["deployed-by"] = user
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
