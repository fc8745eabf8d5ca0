// A feature-flag client decodes its rule list from JSON and memoises each rule's verdict per
// user in an exported map tagged `json:"-"` so that it is never serialised. The decoder never
// sets that field either, so every decoded rule has a nil memo and the first evaluation writes
// into it.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Rule struct {
	Flag   string          `json:"flag"`
	Prefix string          `json:"prefix"`
	Memo   map[string]bool `json:"-"`
}

func (r *Rule) Eval(user string) bool {
	if v, ok := r.Memo[user]; ok {
		return v
	}
	v := strings.HasPrefix(user, r.Prefix)
	r.Memo[user] = v // want "nil map"
	return v
}

const rules = `[{"flag": "beta-ui", "prefix": "staff-"}, {"flag": "new-billing", "prefix": "acme-"}]`

func main() {
	var list []Rule
	if err := json.Unmarshal([]byte(rules), &list); err != nil {
		fmt.Println("rules:", err)
		return
	}
	for i := range list {
		fmt.Println(list[i].Flag, list[i].Eval("staff-ann"))
	}
}
