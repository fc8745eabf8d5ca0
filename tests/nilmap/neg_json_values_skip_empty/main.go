// The controller labels only releases that came with values and skips the others.
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
		if len(releases[i].Spec.Values) == 0 {
			continue
		}
		releases[i].Spec.Values["managedBy"] = "layer-controller"
	}
	fmt.Println(len(releases))
}
