// A near miss: index makes the position map only when the column list is not empty, then
// fills it in a counting loop over that list, which it reads from the field again: when the
// map is not made the loop body never runs.
package main

import "fmt"

type table struct {
	Columns  []string
	position map[string]int
}

func (t *table) index() {
	if len(t.Columns) > 0 {
		t.position = make(map[string]int, len(t.Columns))
	}
	for i := 0; i < len(t.Columns); i++ {
		t.position[t.Columns[i]] = i
	}
}

func main() {
	for _, t := range []*table{{Columns: []string{"id", "name"}}, {}} {
		t.index()
		fmt.Println(t.position)
	}
}
