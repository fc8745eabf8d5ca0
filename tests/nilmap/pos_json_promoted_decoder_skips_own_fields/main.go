// A scheduler decodes its node inventory in main. Node embeds ObjectMeta, whose UnmarshalJSON
// (accepting "name" or the legacy "id") is promoted to Node, so encoding/json hands each whole
// object to ObjectMeta and never fills Node's own Labels: stamping the zone label writes into a
// nil map. The same-function form of pos_b27_json_promoted_unmarshaler_skips_labels.
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
	ObjectMeta
	Labels   map[string]string `json:"labels"`
	Capacity map[string]int    `json:"capacity"`
}

const inventory = `[
  {"name": "eu-west-a-1", "generation": 3, "labels": {"role": "worker"}, "capacity": {"cpu": 8}},
  {"id": "eu-west-b-7", "labels": {"role": "db"}, "capacity": {"cpu": 16}}
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
		n.Labels["topology.zone"] = zoneOf(n.Name) // want "nil map"
	}
	for _, n := range nodes {
		fmt.Println(n.Name, n.Generation, n.Labels, n.Capacity)
	}
}
