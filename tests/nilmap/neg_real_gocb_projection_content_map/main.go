// Reduced from couchbase/gocb v2.11.1, results.go:234 (GetResult.set), where mapscope check
// reported a nil-map write to `cMap`, the result of `content.(map[string]interface{})` when the
// assertion fails. set builds a projection's document along a field path; its callers pass a
// map they made, and its own recursive calls pass a map or a slice of values, and the slice
// case returns before the assertion. So the assertion never fails there (the code says so in
// a comment and only logs). A near miss: every value that reaches the parameter is a map or a
// slice. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type pathPart struct {
	name    string
	isArray bool
}

func parts(path string) []pathPart {
	var out []pathPart
	for _, p := range strings.Split(path, ".") {
		name, isArray := strings.CutSuffix(p, "[]")
		out = append(out, pathPart{name: name, isArray: isArray})
	}
	return out
}

func set(paths []pathPart, content interface{}, value interface{}) interface{} {
	path := paths[0]
	if len(paths) == 1 {
		if m, ok := content.(map[string]interface{}); ok {
			m[path.name] = value
		} else if arr, ok := content.([]interface{}); ok {
			content = append(arr, map[string]interface{}{path.name: value})
		}
		return content
	}
	if path.isArray {
		if cMap, ok := content.(map[string]interface{}); ok {
			cMap[path.name] = set(paths[1:], make([]interface{}, 0), value)
		}
		return content
	}
	if arr, ok := content.([]interface{}); ok {
		m := make(map[string]interface{})
		m[path.name] = make(map[string]interface{})
		set(paths[1:], m[path.name], value)
		return append(arr, m)
	}
	cMap, ok := content.(map[string]interface{})
	if !ok {
		// Not possible: the callers pass maps and slices only.
		fmt.Println("failed to assert projection content to a map")
	}
	cMap[path.name] = make(map[string]interface{})
	return set(paths[1:], cMap[path.name], value)
}

func main() {
	doc := make(map[string]interface{})
	for field, value := range map[string]interface{}{"name.first": "Ada", "tags[].label": "x", "a.b.c": 1} {
		set(parts(field), doc, value)
	}
	out, _ := json.Marshal(doc)
	fmt.Println(string(out))
}
