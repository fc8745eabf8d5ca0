// A config loader deep-merges an override document into the defaults, both decoded into
// map[string]any. For a section the defaults lack, the type assertion on the missing value
// yields a nil map, and the recursive merge writes the override's keys into it.
package main

import (
	"encoding/json"
	"fmt"
	"log"
)

const defaultsDoc = `{
	"server": {"port": 8080, "tls": {"enabled": false}},
	"log": {"level": "info", "format": "text"}
}`

const overrideDoc = `{
	"server": {"tls": {"enabled": true, "cert": "/etc/tls/cert.pem"}},
	"metrics": {"enabled": true, "path": "/metrics"}
}`

// merge copies src into dst, descending into sections both documents have.
func merge(dst, src map[string]any) {
	for k, sv := range src {
		if section, ok := sv.(map[string]any); ok {
			existing, _ := dst[k].(map[string]any)
			merge(existing, section)
			continue
		}
		dst[k] = sv // want "nil map"
	}
}

func decode(doc string) map[string]any {
	var m map[string]any
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		log.Fatalf("config: %v", err)
	}
	return m
}

func main() {
	cfg := decode(defaultsDoc)
	merge(cfg, decode(overrideDoc))
	out, err := json.Marshal(cfg)
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	fmt.Println(string(out))
}
