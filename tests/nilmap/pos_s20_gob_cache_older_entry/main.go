// A build cache persists its entries with encoding/gob. Entries gained an Outputs map of
// artifact digests; an entry written by the older tool has no such field, so gob leaves the
// map nil in the fresh entry it decodes into, and recording the first artifact panics.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type legacyEntry struct {
	Key     string
	Seconds int
}

type Stats struct {
	Seconds int
	Outputs map[string]string
}

type Entry struct {
	Key   string
	Stats Stats
}

func readEntry(buf *bytes.Buffer) (*Entry, error) {
	e := new(Entry)
	if err := gob.NewDecoder(buf).Decode(e); err != nil {
		return nil, err
	}
	return e, nil
}

func main() {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(legacyEntry{Key: "go-build/ab12", Seconds: 4}); err != nil {
		fmt.Println(err)
		return
	}
	e, err := readEntry(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Stats.Outputs["bin/server"] = "sha256:9f2c" // want "nil map"
	fmt.Println(e.Key, len(e.Stats.Outputs))
}
