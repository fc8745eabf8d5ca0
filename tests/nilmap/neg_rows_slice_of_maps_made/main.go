// The result set makes each row before filling it.
package main

import "fmt"

type column struct{ name string }

func scan(cols []column, values [][]any) []map[string]any {
	rows := make([]map[string]any, len(values))
	for i, vals := range values {
		rows[i] = make(map[string]any, len(cols))
		for j, c := range cols {
			rows[i][c.name] = vals[j]
		}
	}
	return rows
}

func main() {
	cols := []column{{"id"}, {"name"}}
	fmt.Println(scan(cols, [][]any{{1, "alice"}, {2, "bob"}}))
}
