// Reduced from mcp-go v1.6.0, client/protocol.go:114-124 (Client.applyRequestMeta), where
// mapscope check reported writes to `meta` after `json.Unmarshal(raw, &meta)`, which sets a map
// to nil when the JSON is `null`. The raw message is the `_meta` member of JSON the client made
// itself with json.Marshal of its typed request params, whose `_meta` is tagged omitempty and
// marshals to an object when present, so it is never `null` (the same cause gave
// mcp/schema_cache_test.go:47, a schema marshalled from a non-nil map, and slack-go v0.36.0
// file_fields_test.go:213, a member of a constant JSON document). A near miss: the decoded JSON
// is always an object. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
)

type meta struct {
	ProgressToken any
	Extra         map[string]any
}

func (m *meta) MarshalJSON() ([]byte, error) {
	raw := make(map[string]any)
	if m.ProgressToken != nil {
		raw["progressToken"] = m.ProgressToken
	}
	for k, v := range m.Extra {
		raw[k] = v
	}
	return json.Marshal(raw)
}

type callParams struct {
	Meta      *meta          `json:"_meta,omitempty"`
	Name      string         `json:"name"`
	Arguments map[string]any `json:"arguments,omitempty"`
}

// withProtocolMeta merges the protocol's fields into the params' _meta.
func withProtocolMeta(params any, version string) any {
	fields := map[string]json.RawMessage{}
	encoded, err := json.Marshal(params)
	if err != nil {
		return params
	}
	if err := json.Unmarshal(encoded, &fields); err != nil {
		return params
	}
	m := map[string]any{}
	if raw, ok := fields["_meta"]; ok {
		_ = json.Unmarshal(raw, &m)
	}
	m["protocolVersion"] = version
	out, err := json.Marshal(m)
	if err != nil {
		return params
	}
	fields["_meta"] = out
	return fields
}

const listDoc = `{"id": "F1", "list_metadata": {"schema": [], "views": [{"id": "V1"}]}}`

// listMetadata decodes the metadata member of a constant document and adds the defaults.
func listMetadata() map[string]any {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(listDoc), &doc); err != nil {
		panic(err)
	}
	var md map[string]any
	if err := json.Unmarshal(doc["list_metadata"], &md); err != nil {
		panic(err)
	}
	md["todo_mode"] = false
	return md
}

func main() {
	plain := withProtocolMeta(callParams{Name: "echo"}, "2026-07-28")
	tagged := withProtocolMeta(callParams{Name: "echo", Meta: &meta{ProgressToken: 7}}, "2026-07-28")
	a, _ := json.Marshal(plain)
	b, _ := json.Marshal(tagged)
	fmt.Println(string(a))
	fmt.Println(string(b))
	fmt.Println(len(listMetadata()))
}
