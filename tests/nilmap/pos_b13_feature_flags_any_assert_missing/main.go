// A feature-flag service decodes its flag document into map[string]any and lets operators
// force experiments on from the command line. The override looks up the "experiments" object
// with a comma-ok type assertion and ignores ok; this document has no experiments section, so
// the assertion yields a nil map and forcing dark_mode writes into it.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"strings"
)

const doc = `{
  "service": "checkout",
  "flags": {"new_cart": true, "one_click": false}
}`

func forceExperiments(cfg map[string]any, names []string) {
	exp, _ := cfg["experiments"].(map[string]any)
	for _, n := range names {
		exp[strings.TrimSpace(n)] = true // want "nil map"
	}
}

func enabled(cfg map[string]any, section, name string) bool {
	sec, _ := cfg[section].(map[string]any)
	on, _ := sec[name].(bool)
	return on
}

func main() {
	var cfg map[string]any
	if err := json.Unmarshal([]byte(doc), &cfg); err != nil {
		log.Fatal(err)
	}
	forceExperiments(cfg, strings.Split("dark_mode, fast_search", ","))
	fmt.Println("new_cart:", enabled(cfg, "flags", "new_cart"))
	fmt.Println("dark_mode:", enabled(cfg, "experiments", "dark_mode"))
}
