// A deploy agent reads a service manifest and decodes it best-effort: a bad value should only
// cost that field, so decode errors are logged and the agent carries on. The manifest the ops
// tool writes quotes the replica count, a type error, and encoding/json still decodes every
// other field, so Labels is filled before the deployer label is stamped into it.
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

// The ops tool renders every value from its template as a string.
const rendered = `{
	"service": "checkout",
	"image": "registry.local/checkout:1.14.2",
	"replicas": "3",
	"labels": {"team": "payments", "tier": "frontend"}
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
