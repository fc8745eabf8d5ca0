// An alerting service streams its rule file with a json.Decoder, one rule object after another.
// Every loaded rule is stamped with the file it came from in its labels; a rule written without
// a "labels" key decodes with a nil Labels map, so the loader gives it an empty one first.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"strings"
)

type Rule struct {
	Name   string            `json:"name"`
	Expr   string            `json:"expr"`
	Labels map[string]string `json:"labels"`
}

const rulesFile = `
{"name": "HighLatency", "expr": "p99 > 0.5", "labels": {"severity": "page"}}
{"name": "DiskFull", "expr": "disk_free < 0.1"}
`

func loadRules(r io.Reader, source string) ([]Rule, error) {
	dec := json.NewDecoder(r)
	var rules []Rule
	for dec.More() {
		var rule Rule
		if err := dec.Decode(&rule); err != nil {
			return nil, fmt.Errorf("%s: %w", source, err)
		}
		rules = append(rules, rule)
	}
	for i := range rules {
		if rules[i].Labels == nil {
			rules[i].Labels = make(map[string]string, 1)
		}
		rules[i].Labels["rule_file"] = source
	}
	return rules, nil
}

func main() {
	rules, err := loadRules(strings.NewReader(rulesFile), "alerts/base.json")
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rules {
		fmt.Printf("%s: %s %v\n", r.Name, r.Expr, r.Labels)
	}
}
