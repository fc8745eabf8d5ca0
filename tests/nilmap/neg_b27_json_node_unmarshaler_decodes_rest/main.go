// A cluster agent decodes node descriptions whose embedded ObjectMeta has its own UnmarshalJSON
// (it accepts "name" or the legacy "id"). Node defines an UnmarshalJSON of its own that runs
// ObjectMeta's and then decodes the node's fields, making an empty label map when a node has
// none, so stamping the zone label always has a map.
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

func (n *Node) UnmarshalJSON(b []byte) error {
	if err := n.ObjectMeta.UnmarshalJSON(b); err != nil {
		return err
	}
	var rest struct {
		Labels   map[string]string `json:"labels"`
		Capacity map[string]int    `json:"capacity"`
	}
	if err := json.Unmarshal(b, &rest); err != nil {
		return err
	}
	n.Labels, n.Capacity = rest.Labels, rest.Capacity
	if n.Labels == nil {
		n.Labels = make(map[string]string)
	}
	return nil
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
		log.Fatalf("inventory: %v", err)
	}
	for i := range nodes {
		n := &nodes[i]
		n.Labels["topology.zone"] = zoneOf(n.Name)
	}
	for _, n := range nodes {
		fmt.Println(n.Name, n.Generation, n.Labels, n.Capacity)
	}
}
