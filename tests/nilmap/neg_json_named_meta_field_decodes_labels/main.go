// A scheduler decodes its node inventory in main. Node keeps its ObjectMeta in a named field
// under "metadata", so ObjectMeta's UnmarshalJSON decodes only that member and encoding/json
// fills Node's labels itself. The near miss of pos_json_promoted_decoder_skips_own_fields.
package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"log"
	"strings"
)

type ObjectMeta struct {
	Name       string
	Generation int
}

func (m *ObjectMeta) UnmarshalJSON(b []byte) error {
	var raw struct {
		Name       string `json:"name"`
		ID         string `json:"id"` // written by agents before 2.0
		Generation int    `json:"generation"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	m.Name = cmp.Or(raw.Name, raw.ID)
	m.Generation = raw.Generation
	return nil
}

type Node struct {
	Meta     ObjectMeta        `json:"metadata"`
	Labels   map[string]string `json:"labels"`
	Capacity map[string]int    `json:"capacity"`
}

const inventory = `[
  {"metadata": {"name": "eu-west-a-1", "generation": 3}, "labels": {"role": "worker"}, "capacity": {"cpu": 8}},
  {"metadata": {"id": "eu-west-b-7"}, "labels": {"role": "db"}, "capacity": {"cpu": 16}}
]`

func zoneOf(node string) string {
	parts := strings.Split(node, "-")
	return strings.Join(parts[:len(parts)-1], "-")
}

func main() {
	var nodes []Node
	if err := json.Unmarshal([]byte(inventory), &nodes); err != nil {
		log.Fatal(fmt.Errorf("inventory: %w", err))
	}
	for i := range nodes {
		n := &nodes[i]
		n.Labels["topology.zone"] = zoneOf(n.Meta.Name)
	}
	for _, n := range nodes {
		fmt.Println(n.Meta.Name, n.Meta.Generation, n.Labels, n.Capacity)
	}
}
