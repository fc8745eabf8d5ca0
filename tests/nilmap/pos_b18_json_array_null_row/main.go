// An import pipeline decodes a JSON array of records into []map[string]any and stamps each row
// with its position before validation; a `null` element of the array decodes to a nil map, and
// the stamping loop writes into it.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"strings"
)

type Batch struct {
	Source string
	Rows   []map[string]any
}

func decodeBatch(source string, body string) (*Batch, error) {
	var rows []map[string]any
	if err := json.NewDecoder(strings.NewReader(body)).Decode(&rows); err != nil {
		return nil, fmt.Errorf("decode %s: %w", source, err)
	}
	return &Batch{Source: source, Rows: rows}, nil
}

func (b *Batch) stamp() {
	for i, row := range b.Rows {
		row["_source"] = b.Source // want "nil map"
		row["_index"] = i
	}
}

func (b *Batch) valid() (ok, bad int) {
	for _, row := range b.Rows {
		if _, has := row["email"]; has {
			ok++
		} else {
			bad++
		}
	}
	return ok, bad
}

func main() {
	uploads := map[string]string{
		"crm-export.json": `[{"email":"ana@example.com","name":"Ana"},{"email":"bo@example.com"}]`,
		"legacy.json":     `[{"email":"cy@example.com"},null,{"name":"no email"}]`,
	}
	for _, source := range []string{"crm-export.json", "legacy.json"} {
		batch, err := decodeBatch(source, uploads[source])
		if err != nil {
			log.Print(err)
			continue
		}
		batch.stamp()
		ok, bad := batch.valid()
		fmt.Printf("%s: %d valid, %d rejected\n", source, ok, bad)
	}
}
