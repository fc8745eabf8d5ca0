// Reduced from gophercloud/gophercloud/v2 v2.16.0, openstack/image/v2/images/results.go:143,
// where mapscope check reported `r.Properties["properties"] = s.Properties` in
// Image.UnmarshalJSON as a write to a nil map, with the note that the struct decoded first
// (`var s struct{tmp; Properties string ...}`, whose `Properties` map is `json:"-"`) leaves it
// nil. The write runs only when `s.Properties != ""`, that is when the bytes are a JSON object
// with a non-empty "properties" string; decoding the same bytes into `any` then gives a
// map[string]any, and that branch sets `r.Properties` to the map RemainingKeys makes. A near
// miss: a write guarded by a field of one decode, to a map set under the type assertion of a
// second decode of the same bytes into `any`. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
)

type image struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Properties map[string]any `json:"-"`
}

// remainingKeys returns the entries of m that are not fields of an image.
func remainingKeys(m map[string]any) map[string]any {
	extras := make(map[string]any)
	for k, v := range m {
		if k != "id" && k != "name" {
			extras[k] = v
		}
	}
	return extras
}

func (r *image) UnmarshalJSON(b []byte) error {
	type tmp image
	var s struct {
		tmp
		Properties string `json:"properties"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*r = image(s.tmp)

	// Bundle all other fields into Properties, except for the one named "properties".
	var result any
	if err := json.Unmarshal(b, &result); err != nil {
		return err
	}
	if resultMap, ok := result.(map[string]any); ok {
		delete(resultMap, "self")
		r.Properties = remainingKeys(resultMap)
	}
	if s.Properties != "" {
		r.Properties["properties"] = s.Properties
	}
	return nil
}

func main() {
	for _, body := range []string{
		`{"id": "1bea47ed", "name": "cirros", "hw_disk_bus": "scsi", "properties": "extra"}`,
		`{"id": "5a4c1b1e", "name": "ubuntu"}`,
		`null`,
	} {
		var img image
		err := json.Unmarshal([]byte(body), &img)
		fmt.Println(img.ID, len(img.Properties), err)
	}
}
