// Shape of a real fix: fidelity/kraan PR #165 ("fix panic: assignment to entry in nil map"):
// some HelmRelease objects have no spec.values, and the controller wrote a value into them.
// This program is our own reproduction of that shape, not the project's code.
package main

import (
	"encoding/json"
	"fmt"
)

type ReleaseSpec struct {
	Chart  string         `json:"chart"`
	Values map[string]any `json:"values,omitempty"`
}

type Release struct {
	Name string      `json:"name"`
	Spec ReleaseSpec `json:"spec"`
}

const manifests = `[
  {"name": "ingress", "spec": {"chart": "nginx", "values": {"replicas": 2}}},
  {"name": "cache", "spec": {"chart": "redis"}}
]`

func main() {
	var releases []Release
	if err := json.Unmarshal([]byte(manifests), &releases); err != nil {
		panic(err)
	}
	for i := range releases {
		releases[i].Spec.Values["managedBy"] = "layer-controller" // want "nil map"
	}
	fmt.Println(len(releases))
}
