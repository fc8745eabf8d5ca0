// Reduced from influxdata/influxdb v1.13.2, tests/server_helpers.go:554, where mapscope check
// reported Test.duplicate writing `test.params[k]` into the copy, whose composite literal
// (:540) does not set params. The copy loop is guarded by `if t.params != nil`, but its first
// statement is `t.params = url.Values{}` (it resets the receiver's map, a bug that drops the
// parameters, where `test.params` was meant), and the loop then ranges over that new, empty
// map: the body never runs, so the nil map is never written. A near miss: a nil map written only
// in a loop over a map made empty just before. Our own rewrite.
package main

import (
	"fmt"
	"net/url"
)

type query struct {
	command string
}

type test struct {
	db      string
	params  url.Values
	queries []*query
}

func (t test) duplicate() test {
	dup := test{
		db:      t.db,
		queries: make([]*query, len(t.queries)),
	}
	if t.params != nil {
		t.params = url.Values{}
		for k, a := range t.params {
			vals := make([]string, len(a))
			copy(vals, a)
			dup.params[k] = vals
		}
	}
	copy(dup.queries, t.queries)
	return dup
}

func main() {
	t := test{db: "db0", params: url.Values{"db": {"db0"}}, queries: []*query{{command: "SHOW DATABASES"}}}
	dup := t.duplicate()
	fmt.Println(dup.db, len(dup.queries), dup.params == nil)
}
