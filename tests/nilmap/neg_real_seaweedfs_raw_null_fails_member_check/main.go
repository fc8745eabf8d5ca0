// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6), weed/s3api/iceberg/requirements.go:43
// and weed/s3api/iceberg/manifest_repair.go:514 and :519, where mapscope check reported writes
// to maps decoded from a json.RawMessage (`obj`, `snapshot`, `update`) as writes to maps that the
// JSON's null leaves nil. A raw message holding `null` does decode into a nil map without error,
// but each write is guarded by a member read from that map: the requirement's "type" must be
// "assert-ref-snapshot-id", and the snapshot's "manifest-list" must decode into a non-empty
// string. A nil map has no members, so a null document takes the `continue` before the write. A
// near miss: the write needs a value that only a decoded object can hold. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// fillSnapshotIDs adds a null "snapshot-id" to every assert-ref-snapshot-id requirement that
// lacks one, as seaweedfs's normalizeRequirements does.
func fillSnapshotIDs(raw []byte) ([]byte, error) {
	var reqs []json.RawMessage
	if err := json.Unmarshal(raw, &reqs); err != nil {
		return raw, err
	}
	for i, req := range reqs {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(req, &obj); err != nil {
			continue
		}
		var typ string
		if rawType, ok := obj["type"]; ok {
			_ = json.Unmarshal(rawType, &typ)
		}
		if typ != "assert-ref-snapshot-id" {
			continue
		}
		if _, has := obj["snapshot-id"]; has {
			continue
		}
		obj["snapshot-id"] = json.RawMessage("null")
		fixed, err := json.Marshal(obj)
		if err != nil {
			return raw, err
		}
		reqs[i] = fixed
	}
	return json.Marshal(reqs)
}

// moveManifestLists rewrites the manifest list of every add-snapshot update, as seaweedfs's
// repairAddSnapshotUpdates does.
func moveManifestLists(updates []json.RawMessage, prefix string) []json.RawMessage {
	out := make([]json.RawMessage, 0, len(updates))
	for _, rawUpdate := range updates {
		out = append(out, rawUpdate)
		var update map[string]json.RawMessage
		if err := json.Unmarshal(rawUpdate, &update); err != nil {
			continue
		}
		var snapshot map[string]json.RawMessage
		if err := json.Unmarshal(update["snapshot"], &snapshot); err != nil {
			continue
		}
		var listLocation string
		if err := json.Unmarshal(snapshot["manifest-list"], &listLocation); err != nil || listLocation == "" {
			continue
		}
		moved, err := json.Marshal(prefix + listLocation)
		if err != nil {
			continue
		}
		snapshot["manifest-list"] = moved
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
	// The documents come from the request, as in the REST catalog; nulls included.
	elements := []string{`{"type":"assert-ref-snapshot-id","ref":"main"}`, `null`, `{"type":"assert-create"}`}
	if len(os.Args) > 1 {
		elements = os.Args[1:]
	}
	fixed, err := fillSnapshotIDs([]byte("[" + strings.Join(elements, ",") + "]"))
	fmt.Println(string(fixed), err)

	updates := []json.RawMessage{
		json.RawMessage(`{"action":"add-snapshot","snapshot":{"manifest-list":"snap-1.avro"}}`),
		json.RawMessage(`null`),
		json.RawMessage(`{"action":"add-snapshot","snapshot":null}`),
	}
	for _, u := range moveManifestLists(updates, "s3://bucket/table/metadata/") {
		fmt.Println(string(u))
	}
}
