// A config loader deep-merges an override document into the defaults, both decoded into
// map[string]any. For a section the defaults lack, merge adopts the override's section as
// it is and descends only into sections both documents have.
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
			existing, ok := dst[k].(map[string]any)
			if !ok {
				dst[k] = section
				continue
			}
			merge(existing, section)
			continue
		}
		dst[k] = sv
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
