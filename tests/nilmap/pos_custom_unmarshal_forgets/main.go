// A service descriptor has a custom UnmarshalJSON that accepts a legacy "tags" list; when the
// document has neither form the method leaves Tags nil, and tagging the service panics.
package main

import (
	"encoding/json"
	"fmt"
)

type service struct {
	Name string            `json:"name"`
	Tags map[string]string `json:"tags"`
}

func (s *service) UnmarshalJSON(b []byte) error {
	type plain service
	var aux struct {
		plain
		LegacyTags []string `json:"legacy_tags"`
	}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	*s = service(aux.plain)
	if len(aux.LegacyTags) > 0 {
		s.Tags = make(map[string]string, len(aux.LegacyTags))
		for _, t := range aux.LegacyTags {
			s.Tags[t] = "true"
		}
	}
	return nil
}

func main() {
	var svc service
	if err := json.Unmarshal([]byte(`{"name": "billing"}`), &svc); err != nil {
		fmt.Println(err)
		return
	}
	svc.Tags["owner"] = "payments" // want "nil map"
	fmt.Println(svc.Name, svc.Tags)
}
