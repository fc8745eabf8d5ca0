// Near miss of pos_fix_helm_values_unset, the fixed code of
// https://github.com/fidelity/kraan/pull/165 (commit 197e19b): the values map is made before the
// release's values, if any, are decoded into it.
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
		values := make(map[string]interface{})
		if hr.Values != nil {
			if err := json.Unmarshal(hr.Values.Raw, &values); err != nil {
				return fmt.Errorf("decode values of %s: %w", hr.Name, err)
			}
		}
		values["kraanVersion"] = version
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
