// An alerting service saves its rules as JSON and loads them back on restart, stamping each
// rule's labels with the file it came from. Every rule is saved with a labels map and the
// field is not omitempty, so each saved object carries "labels" and decodes with a map.
package main

import (
	"encoding/json"
	"fmt"
)

type Rule struct {
	Name   string            `json:"name"`
	Labels map[string]string `json:"labels"`
}

func newRule(name string) Rule {
	return Rule{Name: name, Labels: map[string]string{}}
}

func save(rules []Rule) ([]byte, error) {
	return json.Marshal(rules)
}

func load(data []byte, source string) ([]Rule, error) {
	var rules []Rule
	if err := json.Unmarshal(data, &rules); err != nil {
		return nil, err
	}
	for i := range rules {
		rules[i].Labels["source"] = source
	}
	return rules, nil
}

func main() {
	data, err := save([]Rule{newRule("HighLatency"), newRule("DiskFull")})
	if err != nil {
		fmt.Println(err)
		return
	}
	rules, err := load(data, "rules.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rules)
}
