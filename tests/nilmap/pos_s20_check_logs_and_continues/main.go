// A config migrator asserts that the decoded "labels" entry is an object with a check helper
// that only logs: unlike a require-style helper it returns either way, so a document whose
// labels are a list reaches the write with the failed assertion's nil map. (Near miss of
// neg_real_jwx_require_true_stops.)
package main

import (
	"encoding/json"
	"fmt"
)

// check reports whether cond holds, logging msg when it does not.
func check(cond bool, msg string) bool {
	if !cond {
		fmt.Println("check failed:", msg)
		return false
	}
	return true
}

func migrate(doc []byte) (map[string]any, error) {
	var parsed map[string]any
	if err := json.Unmarshal(doc, &parsed); err != nil {
		return nil, err
	}
	labels, ok := parsed["labels"].(map[string]any)
	check(ok, "labels should be an object")
	labels["migrated"] = true // want "nil map"
	return parsed, nil
}

func main() {
	for _, doc := range []string{`{"labels":{"app":"web"}}`, `{"labels":["web"]}`} {
		out, err := migrate([]byte(doc))
		fmt.Println(out, err)
	}
}
