// A repository layer builds SQL with a chain of builder methods. Both ways to start a chain,
// Select and From (the shortcut for "SELECT *" in query.go), make the argument map, so a
// From chain can go straight on to Where.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func (q *Query) From(table string) *Query { q.table = table; return q }

func (q *Query) Where(col string, v any) *Query {
	q.args[col] = v
	return q
}

func (q *Query) OrderBy(col string) *Query { q.orderBy = col; return q }

func (q *Query) Limit(n int) *Query { q.limit = n; return q }

func (q *Query) SQL() (string, []any) {
	var b strings.Builder
	fmt.Fprintf(&b, "SELECT %s FROM %s", strings.Join(q.cols, ", "), q.table)
	cols := make([]string, 0, len(q.args))
	for c := range q.args {
		cols = append(cols, c)
	}
	sort.Strings(cols)
	var args []any
	for i, c := range cols {
		if i == 0 {
			b.WriteString(" WHERE ")
		} else {
			b.WriteString(" AND ")
		}
		b.WriteString(c + " = ?")
		args = append(args, q.args[c])
	}
	if q.orderBy != "" {
		b.WriteString(" ORDER BY " + q.orderBy)
	}
	if q.limit >= 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String(), args
}

func main() {
	fmt.Println(Select("id", "email").From("users").Where("status", "active").Limit(10).SQL())
	fmt.Println(From("orders").Where("user_id", 42).OrderBy("created_at").SQL())
}
