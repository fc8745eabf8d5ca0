// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6), weed/worker/tasks/iceberg/filer_io.go:643
// and test/s3tables/admin/admin_iceberg_pages_test.go:435, where mapscope check reported
// `metadataObj["fullMetadata"] = newFullMetadata` as a write to a map that the JSON's null
// leaves nil: the map is decoded from the member "metadata" of the table's stored internal
// metadata, read back as a map of raw messages. That document is only ever written by the
// module, from a struct whose Metadata field is a pointer tagged `json:"metadata,omitempty"`: a
// nil pointer leaves the key out (the else branch makes the map), and a non-nil one encodes an
// object, never null. A near miss: the raw member comes from a document the module encodes with
// omitempty on a pointer. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
)

type tableMetadata struct {
	Schema     string            `json:"schema"`
	Properties map[string]string `json:"properties,omitempty"`
}

type tableInternal struct {
	MetadataLocation string         `json:"metadataLocation,omitempty"`
	Metadata         *tableMetadata `json:"metadata,omitempty"`
	MetadataVersion  int            `json:"metadataVersion,omitempty"`
}

// store keeps the extended attributes of the table's directory entry.
var store = map[string][]byte{}

func createTable(name string, meta *tableMetadata) error {
	raw, err := json.Marshal(tableInternal{MetadataLocation: "metadata/v1.metadata.json", Metadata: meta, MetadataVersion: 1})
	if err != nil {
		return err
	}
	store[name] = raw
	return nil
}

// saveFullMetadata stores the full metadata beside the summary, as seaweedfs's
// updateTableMetadataXattr does.
func saveFullMetadata(name string, full json.RawMessage) error {
	var internalMeta map[string]json.RawMessage
	if err := json.Unmarshal(store[name], &internalMeta); err != nil {
		return err
	}
	var metadataObj map[string]json.RawMessage
	if raw, ok := internalMeta["metadata"]; ok {
		if err := json.Unmarshal(raw, &metadataObj); err != nil {
			return fmt.Errorf("unmarshal metadata object: %w", err)
		}
	} else {
		metadataObj = make(map[string]json.RawMessage)
	}
	metadataObj["fullMetadata"] = full
	metadataJSON, err := json.Marshal(metadataObj)
	if err != nil {
		return err
	}
	internalMeta["metadata"] = metadataJSON
	updated, err := json.Marshal(internalMeta)
	if err != nil {
		return err
	}
	store[name] = updated
	return nil
}

func main() {
	if err := createTable("events", &tableMetadata{Schema: "id:long"}); err != nil {
		panic(err)
	}
	if err := createTable("staging", nil); err != nil {
		panic(err)
	}
	for _, name := range []string{"events", "staging"} {
		if err := saveFullMetadata(name, json.RawMessage(`{"format-version":2}`)); err != nil {
			panic(err)
		}
		fmt.Println(string(store[name]))
	}
}
