// Reduced from the fix in https://github.com/fidelity/kraan/pull/165 ("fix panic: assignment to
// entry in nil map", commit 197e19b): for a HelmRelease annotated to receive the layer version,
// the applier decodes the release's values into a map only when the release has values, then
// stores the version in that map; a release without spec.values leaves the map nil.
package main

import (
	"encoding/json"
	"fmt"
)

type rawJSON struct{ Raw []byte }

type helmRelease struct {
	Name        string
	Annotations map[string]string
	Values      *rawJSON
}

func addLayerVersion(hr *helmRelease, version string) error {
	for k, v := range hr.Annotations {
		if k != "kraan.updateVersion" || v != "true" {
			continue
		}
		var values map[string]interface{}
		if hr.Values != nil {
			if err := json.Unmarshal(hr.Values.Raw, &values); err != nil {
				return fmt.Errorf("decode values of %s: %w", hr.Name, err)
			}
		}
		values["kraanVersion"] = version // want "nil map"
		out, err := json.Marshal(values)
		if err != nil {
			return err
		}
		hr.Values = &rawJSON{Raw: out}
	}
	return nil
}

func main() {
	releases := []*helmRelease{
		{
			Name:        "ingress",
			Annotations: map[string]string{"kraan.updateVersion": "true"},
			Values:      &rawJSON{Raw: []byte(`{"replicas": 2}`)},
		},
		{Name: "metrics", Annotations: map[string]string{"kraan.updateVersion": "true"}},
	}
	for _, hr := range releases {
		if err := addLayerVersion(hr, "v0.3.1"); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(hr.Name, string(hr.Values.Raw))
	}
}
