// Reduced from pulumi/pulumi/sdk/v3 v3.277.0, go/common/workspace/project.go:1090 (and :1166,
// the same shape in Remove), where mapscope check reported `m["imports"] = append(imports,
// anys...)` in Environment.Append as a write to a nil map, with the note that `m` is set to nil
// when the JSON has null. `m` is decoded from `e.message`, a json.RawMessage that only the
// type's UnmarshalJSON stores, and only after the same bytes failed to decode as a []string:
// `null` decodes as a []string (and a `null` environment leaves the pointer nil without calling
// UnmarshalJSON at all), so the raw message is never `null`; an object decodes into a made
// map, and anything else fails and skips the write. A near miss: a raw JSON member kept only
// when it is not a list of strings, decoded into a map and written when decoding succeeds.
// Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
)

type environment struct {
	envs    []string
	message json.RawMessage
}

func (e *environment) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &e.envs); err == nil {
		return nil
	}
	return json.Unmarshal(b, &e.message)
}

func (e *environment) appendImports(names ...string) *environment {
	switch {
	case e == nil:
		return &environment{envs: names}
	case e.message != nil:
		var m map[string]any
		if err := json.Unmarshal(e.message, &m); err == nil {
			imports, _ := m["imports"].([]any)
			for _, n := range names {
				imports = append(imports, n)
			}
			m["imports"] = imports
			if updated, err := json.Marshal(m); err == nil {
				e.message = updated
			}
		}
		return e
	default:
		e.envs = append(e.envs, names...)
		return e
	}
}

type stack struct {
	Environment *environment `json:"environment,omitempty"`
}

func main() {
	for _, doc := range []string{
		`{"environment": ["base"]}`,
		`{"environment": {"values": {"region": "eu-west-1"}}}`,
		`{"environment": null}`,
		`{}`,
	} {
		var s stack
		if err := json.Unmarshal([]byte(doc), &s); err != nil {
			fmt.Println(err)
			continue
		}
		e := s.Environment.appendImports("prod/secrets")
		fmt.Println(e.envs, string(e.message))
	}
}
