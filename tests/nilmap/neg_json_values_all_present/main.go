// Every release in the manifest carries spec.values, so the controller's write finds a map.
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
  {"name": "cache", "spec": {"chart": "redis", "values": {}}}
]`

func main() {
	var releases []Release
	if err := json.Unmarshal([]byte(manifests), &releases); err != nil {
		panic(err)
	}
	for i := range releases {
		releases[i].Spec.Values["managedBy"] = "layer-controller"
	}
	fmt.Println(len(releases))
}
