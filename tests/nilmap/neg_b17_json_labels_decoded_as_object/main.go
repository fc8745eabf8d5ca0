// A deployment tool decodes each service manifest with json.Unmarshal and only logs the error,
// because the decoder "does as much as it can"; every manifest writes its labels as an object,
// even an empty one, so Labels is always made and the tool stamps a label on it.
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

func load(doc string) Manifest {
	m := Manifest{Replicas: 1}
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		log.Printf("manifest %q: %v (continuing with what decoded)", m.Service, err)
	}
	return m
}

func stamp(m *Manifest, release string) {
	m.Labels["release"] = release
}

var manifests = []string{
	`{"service": "checkout", "image": "checkout:2.3", "replicas": 3, "labels": {"team": "payments"}}`,
	`{"service": "search", "image": "search:9.1", "labels": {}}`,
	`{"service": "mailer", "image": "mailer:1.0", "labels": {"team": "growth"}}`,
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	for _, doc := range manifests {
		m := load(doc)
		stamp(&m, "2026.01.2")
		fmt.Println(m.Service, m.Image, m.Replicas, m.Labels["release"], m.Labels["team"])
	}
}
