// An alerting rule loader reads a JSON array of rules and stamps each rule's labels with the
// file it came from. One rule was written with "labels": null and another has no labels key at
// all; json.Unmarshal leaves those two maps nil, so the stamping loop makes a map for them
// before it writes.
package main

import (
	"encoding/json"
	"fmt"
)

type Rule struct {
	Name   string            `json:"name"`
	Expr   string            `json:"expr"`
	Labels map[string]string `json:"labels"`
}

var rulesJSON = []byte(`[
	{"name": "HighLatency", "expr": "p99 > 0.5", "labels": {"severity": "page"}},
	{"name": "ErrorBudget", "expr": "errors > 0.01", "labels": null},
	{"name": "DiskFull", "expr": "disk > 0.9"}
]`)

func loadRules(data []byte, source string) ([]Rule, error) {
	var rules []Rule
	if err := json.Unmarshal(data, &rules); err != nil {
		return nil, err
	}
	for i := range rules {
		if rules[i].Labels == nil {
			rules[i].Labels = make(map[string]string, 1)
		}
		rules[i].Labels["source"] = source
	}
	return rules, nil
}

func main() {
	rules, err := loadRules(rulesJSON, "rules/api.json")
	if err != nil {
		fmt.Println("load:", err)
		return
	}
	for _, r := range rules {
		fmt.Println(r.Name, r.Expr, r.Labels)
	}
}
