// A decoded JSON document's "meta" is not an object; the failed comma-ok assertion yields nil.
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
	meta, _ := doc["meta"].(map[string]any)
	meta["seen"] = true // want "nil map"
	fmt.Println(doc["id"])
}
