// An inventory importer walks a large JSON array of resources with json.Decoder.Token instead
// of decoding it whole. The second resource lists "labels" before "kind", which the exporter
// does not promise to write first; the importer makes each resource's label map when it reads
// the object's opening brace, not at "kind", so the key order does not matter.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Resource struct {
	Kind   string
	Name   string
	Labels map[string]string
}

const inventory = `[
  {"kind": "Deployment", "name": "api", "labels": {"team": "core"}},
  {"name": "cache", "labels": {"team": "platform", "tier": "data"}, "kind": "StatefulSet"}
]`

func readResources(dec *json.Decoder) ([]Resource, error) {
	var out []Resource
	if _, err := dec.Token(); err != nil { // [
		return nil, err
	}
	for dec.More() {
		r := Resource{Labels: make(map[string]string)}
		dec.Token() // {
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return nil, err
			}
			switch tok.(string) {
			case "kind":
				dec.Decode(&r.Kind)
			case "name":
				dec.Decode(&r.Name)
			case "labels":
				var raw map[string]string
				if err := dec.Decode(&raw); err != nil {
					return nil, fmt.Errorf("%s: labels: %w", r.Name, err)
				}
				for k, v := range raw {
					r.Labels[strings.ToLower(k)] = v
				}
			}
		}
		dec.Token() // }
		out = append(out, r)
	}
	return out, nil
}

func main() {
	res, err := readResources(json.NewDecoder(strings.NewReader(inventory)))
	if err != nil {
		fmt.Fprintln(os.Stderr, "inventory:", err)
		os.Exit(1)
	}
	for _, r := range res {
		fmt.Println(r.Kind, r.Name, len(r.Labels))
	}
}
