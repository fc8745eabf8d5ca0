// A build cache persists its entries with encoding/gob. The entry read back is one the same
// tool wrote with its Artifacts map filled, so gob sends the map and the decoded entry has it
// made; recording another artifact writes into it.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Stats struct {
	Seconds   int
	Artifacts map[string]string
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
	written := Entry{Key: "go-build/ab12", Stats: Stats{Seconds: 4, Artifacts: map[string]string{"bin/cli": "sha256:01aa"}}}
	if err := gob.NewEncoder(&buf).Encode(written); err != nil {
		fmt.Println(err)
		return
	}
	e, err := readEntry(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Stats.Artifacts["bin/server"] = "sha256:9f2c"
	fmt.Println(e.Key, len(e.Stats.Artifacts))
}
