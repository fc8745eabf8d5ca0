// An alerting service decodes its rules from JSON; one rule has no "labels" object, and the
// loader only reads each rule's labels, writing the stamped set into a map of its own.
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
	// Effective is what the evaluator uses: the rule's labels plus the loader's own.
	Effective map[string]string `json:"-"`
}

type RuleFile struct {
	Group string `json:"group"`
	Rules []Rule `json:"rules"`
}

const rulesJSON = `{
  "group": "api",
  "rules": [
    {"name": "HighLatency", "expr": "p99 > 0.5", "for": "5m", "labels": {"severity": "page"}},
    {"name": "ErrorBudget", "expr": "errors / total > 0.01", "for": "1h"}
  ]
}`

func loadRules(file, body string) ([]Rule, error) {
	var rf RuleFile
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rf); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	for i := range rf.Rules {
		r := &rf.Rules[i]
		if r.For == "" {
			r.For = "0s"
		}
		eff := map[string]string{"rule_file": file, "group": rf.Group}
		for k, v := range r.Labels {
			eff[k] = v
		}
		if sev := r.Labels["severity"]; sev == "" {
			eff["severity"] = "ticket"
		}
		r.Effective = eff
	}
	return rf.Rules, nil
}

func main() {
	rules, err := loadRules("api.rules.json", rulesJSON)
	if err != nil {
		fmt.Println("load:", err)
		return
	}
	for _, r := range rules {
		fmt.Printf("%s for %s %v\n", r.Name, r.For, r.Effective)
	}
}
