// An alerting service decodes its rules from a JSON document embedded in the binary; every rule
// in it has a "labels" object, so the loader may stamp the rule file's name into every rule's
// labels.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Rule struct {
	Name   string            `json:"name"`
	Expr   string            `json:"expr"`
	For    string            `json:"for"`
	Labels map[string]string `json:"labels"`
}

type RuleFile struct {
	Group string `json:"group"`
	Rules []Rule `json:"rules"`
}

const rulesJSON = `{
  "group": "api",
  "rules": [
    {"name": "HighLatency", "expr": "p99 > 0.5", "for": "5m", "labels": {"severity": "page"}},
    {"name": "ErrorBudget", "expr": "errors / total > 0.01", "for": "1h", "labels": {}}
  ]
}`

func loadRules(file string) ([]Rule, error) {
	var rf RuleFile
	dec := json.NewDecoder(strings.NewReader(rulesJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rf); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	for i := range rf.Rules {
		r := &rf.Rules[i]
		if r.For == "" {
			r.For = "0s"
		}
		r.Labels["rule_file"] = file
		r.Labels["group"] = rf.Group
	}
	return rf.Rules, nil
}

func main() {
	rules, err := loadRules("api.rules.json")
	if err != nil {
		fmt.Println("load:", err)
		return
	}
	for _, r := range rules {
		fmt.Printf("%s for %s %v\n", r.Name, r.For, r.Labels)
	}
}
