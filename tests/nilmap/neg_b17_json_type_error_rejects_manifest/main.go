// A deployment tool decodes each service manifest with json.Unmarshal and skips a manifest whose
// decoding failed; a manifest whose labels are a list instead of an object is reported and never
// stamped, so the stamp only writes labels that decoded as an object.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
)

type Manifest struct {
	Service  string            `json:"service"`
	Image    string            `json:"image"`
	Replicas int               `json:"replicas"`
	Labels   map[string]string `json:"labels"`
}

func load(doc string) (Manifest, bool) {
	m := Manifest{Replicas: 1}
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		log.Printf("manifest %q: %v (skipped)", m.Service, err)
		return m, false
	}
	return m, true
}

func stamp(m *Manifest, release string) {
	m.Labels["release"] = release
}

var manifests = []string{
	`{"service": "checkout", "image": "checkout:2.3", "replicas": 3, "labels": {"team": "payments"}}`,
	`{"service": "search", "image": "search:9.1", "labels": {}}`,
	`{"service": "mailer", "image": "mailer:1.0", "labels": ["team=growth"]}`,
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	for _, doc := range manifests {
		m, ok := load(doc)
		if !ok {
			continue
		}
		stamp(&m, "2026.01.2")
		fmt.Println(m.Service, m.Image, m.Replicas, m.Labels["release"], m.Labels["team"])
	}
}
