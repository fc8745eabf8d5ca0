// A webhook receiver keeps the vendor's "extensions" object as json.RawMessage and decodes it
// lazily into a map; for an event without extensions the raw message is empty, Unmarshal fails
// with an ignored error and leaves the map nil, and the receipt stamp is written into it.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"sort"
	"time"
)

type Envelope struct {
	ID         string          `json:"id"`
	Type       string          `json:"type"`
	Extensions json.RawMessage `json:"extensions"`
}

type Delivery struct {
	ID   string
	Type string
	Ext  map[string]any
}

func receive(body []byte, now time.Time) (*Delivery, error) {
	var env Envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, fmt.Errorf("envelope: %w", err)
	}
	var ext map[string]any
	_ = json.Unmarshal(env.Extensions, &ext)
	ext["received_at"] = now.Format(time.RFC3339) // want "nil map"
	return &Delivery{ID: env.ID, Type: env.Type, Ext: ext}, nil
}

func describe(d *Delivery) string {
	keys := make([]string, 0, len(d.Ext))
	for k := range d.Ext {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s %s %v", d.ID, d.Type, keys)
}

func main() {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	bodies := []string{
		`{"id": "evt_1", "type": "invoice.paid", "extensions": {"trace": "abc"}}`,
		`{"id": "evt_2", "type": "invoice.voided"}`,
	}
	for _, body := range bodies {
		d, err := receive([]byte(body), now)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(describe(d))
	}
}
