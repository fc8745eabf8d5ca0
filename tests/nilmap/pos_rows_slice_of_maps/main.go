// A result set allocated as make([]map[string]any, n): every row is a nil map.
package main

import "fmt"

type column struct{ name string }

func scan(cols []column, values [][]any) []map[string]any {
	rows := make([]map[string]any, len(values))
	for i, vals := range values {
		for j, c := range cols {
			rows[i][c.name] = vals[j] // want "nil map"
		}
	}
	return rows
}

func main() {
	cols := []column{{"id"}, {"name"}}
	fmt.Println(scan(cols, [][]any{{1, "alice"}, {2, "bob"}}))
}
