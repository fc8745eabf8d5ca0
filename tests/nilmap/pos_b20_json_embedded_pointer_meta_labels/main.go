// A deployment manifest embeds *Metadata; decoding a document that names the app makes the
// embedded Metadata but leaves its Labels nil (the document has none), and the loader then
// stamps the environment label through the promoted field.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"sort"
)

type Metadata struct {
	Name   string            `json:"name"`
	Labels map[string]string `json:"labels"`
}

type Manifest struct {
	*Metadata
	Image    string `json:"image"`
	Replicas int    `json:"replicas"`
}

func load(doc []byte, env string) (*Manifest, error) {
	m := &Manifest{Replicas: 1}
	if err := json.Unmarshal(doc, m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	if m.Metadata == nil {
		return nil, fmt.Errorf("manifest has no name")
	}
	m.Labels["env"] = env // want "nil map"
	return m, nil
}

func (m *Manifest) String() string {
	keys := make([]string, 0, len(m.Labels))
	for k, v := range m.Labels {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s %s x%d %v", m.Name, m.Image, m.Replicas, keys)
}

func main() {
	docs := []string{
		`{"name": "api", "image": "api:1.4", "labels": {"team": "core"}}`,
		`{"name": "worker", "image": "worker:2.0", "replicas": 3}`,
	}
	for _, doc := range docs {
		m, err := load([]byte(doc), "staging")
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m)
	}
}
