// A file-listing tool decodes a constant sample document into raw members, then decodes the
// "list_metadata" member into a map and adds its defaults. In this sample the member is
// written as null: the raw message holds the four bytes `null`, so decoding it sets the map
// to nil and the default's write panics. The positive beside
// neg_real_mcpgo_meta_object_not_null, whose constant member is an object.
package main

import (
	"encoding/json"
	"fmt"
)

const sampleDoc = `{"id": "F2", "list_metadata": null, "title": "drafts"}`

func sampleMetadata() map[string]any {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(sampleDoc), &doc); err != nil {
		panic(err)
	}
	var md map[string]any
	if err := json.Unmarshal(doc["list_metadata"], &md); err != nil {
		panic(err)
	}
	md["todo_mode"] = false // want "nil map"
	return md
}

func main() {
	fmt.Println(len(sampleMetadata()))
}
