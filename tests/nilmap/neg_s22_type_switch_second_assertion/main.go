// An ORM scans a row into a map destination given either as a map or as a pointer to one. A
// type switch admits only those two types, so when the first assertion fails the second one
// succeeds and the map behind the pointer is made before the columns are written.
package main

import "fmt"

func fill(row map[string]any, columns []string, values []any) {
	for i, c := range columns {
		row[c] = values[i]
	}
}

func scan(dest any, columns []string, values []any) {
	switch dest.(type) {
	case map[string]any, *map[string]any:
		row, ok := dest.(map[string]any)
		if !ok {
			if p, ok := dest.(*map[string]any); ok {
				if *p == nil {
					*p = map[string]any{}
				}
				row = *p
			}
		}
		fill(row, columns, values)
	}
}

func main() {
	var out map[string]any
	scan(&out, []string{"id", "name"}, []any{7, "ada"})
	fmt.Println(out["id"], out["name"])
}
