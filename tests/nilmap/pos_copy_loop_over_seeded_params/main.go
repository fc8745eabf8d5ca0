// The near miss neg_real_influxdb_duplicate_ranges_fresh_params made wrong: the receiver's
// parameters are reset to a literal that holds the database, so the copy loop runs and writes
// into the copy whose composite literal left params nil.
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
		t.params = url.Values{"db": {t.db}}
		for k, a := range t.params {
			vals := make([]string, len(a))
			copy(vals, a)
			dup.params[k] = vals // want "nil map"
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
