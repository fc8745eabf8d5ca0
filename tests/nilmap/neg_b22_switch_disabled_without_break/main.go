// A routing-rule loader reads a line-based DSL. A rule marked "disabled" only sets its
// flag and falls out of the if, so the rule's match map is still made and the rule's
// "match" line writes into it.
package main

import (
	"fmt"
	"strings"
)

type rule struct {
	name     string
	disabled bool
	matches  map[string]string
	backend  string
}

func load(src string) ([]*rule, error) {
	var rules []*rule
	var cur *rule
	for n, raw := range strings.Split(src, "\n") {
		fields := strings.Fields(raw)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		switch fields[0] {
		case "rule":
			if len(fields) < 2 {
				return nil, fmt.Errorf("line %d: rule without a name", n+1)
			}
			cur = &rule{name: fields[1]}
			rules = append(rules, cur)
			if len(fields) > 2 && fields[2] == "disabled" {
				cur.disabled = true
			}
			cur.matches = make(map[string]string)
		case "match":
			if cur == nil || len(fields) < 2 {
				return nil, fmt.Errorf("line %d: match outside a rule", n+1)
			}
			key, value, _ := strings.Cut(fields[1], "=")
			cur.matches[key] = value
		case "to":
			if cur == nil || len(fields) < 2 {
				return nil, fmt.Errorf("line %d: target outside a rule", n+1)
			}
			cur.backend = fields[1]
		default:
			return nil, fmt.Errorf("line %d: unknown directive %q", n+1, fields[0])
		}
	}
	return rules, nil
}

const routes = `
# edge routes
rule api
match host=api.example.com
to api-pool
rule legacy disabled
match path=/v0
to legacy-pool
`

func main() {
	rules, err := load(routes)
	if err != nil {
		fmt.Println("load:", err)
		return
	}
	for _, r := range rules {
		fmt.Printf("%s disabled=%v matches=%v -> %s\n", r.name, r.disabled, r.matches, r.backend)
	}
}
