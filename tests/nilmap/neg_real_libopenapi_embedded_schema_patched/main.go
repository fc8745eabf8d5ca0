// Reduced from pb33f/libopenapi-validator v0.16.5, arazzo/schema.go:57, :61 and :65, where
// mapscope check reported three writes into members of a decoded JSON schema, each the result
// of `object(v)`, a helper that returns `v.(map[string]any)` or nil, as writes to a nil map.
// The schema compiler decodes a schema document embedded in the module and patches a few of its
// subschemas before compiling it; the embedded document has an object at each patched path, so
// no assertion fails. A near miss: the document is fixed (go:embed), but its members are taken
// as of any type, and a failed assertion as possible. Our own rewrite.
package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed schema.json
var schemaDoc []byte

func object(v any) map[string]any { m, _ := v.(map[string]any); return m }
func array(v any) []any           { a, _ := v.([]any); return a }

func patchedSchema() map[string]any {
	var value any
	if err := json.Unmarshal(schemaDoc, &value); err != nil {
		panic(err)
	}
	defs := object(object(value)["$defs"])
	alternatives := array(object(object(object(object(defs["step"])["properties"])["dependsOn"])["items"])["oneOf"])
	// Step names may use any case: relax the second alternative.
	object(alternatives[1])["pattern"] = "^[A-Za-z]+$"
	// A parameter's value may be any JSON value.
	object(object(defs["parameter"])["properties"])["value"] = true
	return object(value)
}

func main() {
	s := patchedSchema()
	out, err := json.Marshal(s["$defs"])
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
}
