// The failed comma-ok assertion is handled by making a fresh object.
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var doc map[string]any
	if err := json.Unmarshal([]byte(`{"id": 7, "meta": "none"}`), &doc); err != nil {
		panic(err)
	}
	meta, ok := doc["meta"].(map[string]any)
	if !ok {
		meta = map[string]any{}
		doc["meta"] = meta
	}
	meta["seen"] = true
	fmt.Println(doc["id"], len(meta))
}
