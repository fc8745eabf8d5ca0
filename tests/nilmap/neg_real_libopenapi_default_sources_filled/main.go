// Reduced from pb33f/libopenapi-validator v0.16.5, arazzo/semantics_test.go:52, where mapscope
// check reported `source["type"] = "openapi"` as a write to a nil map, `source` being
// `object(raw)` (`raw.(map[string]any)` or nil) for each element of the document's list of
// sources. The test helper decodes a constant document, puts in a default list of sources (one
// map literal) when the document has none, then fills each source's missing members; every
// call passes a constant document without sources, so each element is the helper's own map. A
// near miss: the constant documents of the helper's callers, and the default stored under the
// absent key, are not used to rule out a failed assertion. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
)

func object(v any) map[string]any { m, _ := v.(map[string]any); return m }
func array(v any) []any           { a, _ := v.([]any); return a }

func withDefaults(body string) map[string]any {
	var root map[string]any
	if err := json.Unmarshal([]byte(body), &root); err != nil || root == nil {
		panic(fmt.Sprint("bad fixture: ", err))
	}
	if _, ok := root["sources"]; !ok {
		root["sources"] = []any{map[string]any{"name": "api", "url": "api.yaml"}}
	}
	for i, raw := range array(root["sources"]) {
		source := object(raw)
		if _, ok := source["type"]; !ok {
			source["type"] = "openapi"
		}
		if _, ok := source["url"]; !ok {
			source["url"] = fmt.Sprintf("source-%d.yaml", i)
		}
	}
	return root
}

func main() {
	root := withDefaults(`{"workflows":[{"id":"run","steps":[{"id":"first"}]}]}`)
	fmt.Println(len(root), object(array(root["sources"])[0])["type"])
	root = withDefaults(`{"workflows":[{"id":"one"},{"id":"two","dependsOn":["one"]}]}`)
	fmt.Println(len(root), object(array(root["sources"])[0])["type"])
}
