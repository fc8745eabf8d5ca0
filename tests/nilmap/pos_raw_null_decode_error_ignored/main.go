// The near miss neg_real_seaweedfs_raw_null_fails_member_check made wrong: the snapshot's
// manifest list is decoded with its error ignored, so a `null` snapshot (a nil map, whose every
// member reads empty) is not skipped and its rewrite writes to the nil map.
package main

import (
	"encoding/json"
	"fmt"
)

// moveManifestLists rewrites the manifest list of every add-snapshot update.
func moveManifestLists(updates []json.RawMessage, prefix string) []json.RawMessage {
	out := make([]json.RawMessage, 0, len(updates))
	for _, rawUpdate := range updates {
		out = append(out, rawUpdate)
		var update map[string]json.RawMessage
		if err := json.Unmarshal(rawUpdate, &update); err != nil || update == nil {
			continue
		}
		var snapshot map[string]json.RawMessage
		if err := json.Unmarshal(update["snapshot"], &snapshot); err != nil {
			continue
		}
		var listLocation string
		_ = json.Unmarshal(snapshot["manifest-list"], &listLocation)
		moved, err := json.Marshal(prefix + listLocation)
		if err != nil {
			continue
		}
		snapshot["manifest-list"] = moved // want "nil map"
		snapshotJSON, err := json.Marshal(snapshot)
		if err != nil {
			continue
		}
		update["snapshot"] = snapshotJSON
		updateJSON, err := json.Marshal(update)
		if err != nil {
			continue
		}
		out[len(out)-1] = updateJSON
	}
	return out
}

func main() {
	updates := []json.RawMessage{
		json.RawMessage(`{"action":"add-snapshot","snapshot":{"manifest-list":"snap-1.avro"}}`),
		json.RawMessage(`{"action":"add-snapshot","snapshot":null}`),
	}
	for _, u := range moveManifestLists(updates, "s3://bucket/table/metadata/") {
		fmt.Println(string(u))
	}
}
