// mark creates the inner map for the cell when it is missing, then moves the local key one
// column on before the write, so the write looks up a cell that has no inner map.
package main

import "fmt"

type cell struct{ row, col int }

type grid struct {
	tags map[cell]map[string]bool
}

func (g *grid) mark(row, col int, tag string) {
	at := cell{row: row, col: col}
	if _, ok := g.tags[at]; !ok {
		g.tags[at] = map[string]bool{}
	}
	fmt.Println("marking", at.row, at.col, tag)
	at.col++
	g.tags[at][tag] = true // want "nil map"
}

func main() {
	g := &grid{tags: map[cell]map[string]bool{}}
	g.mark(1, 2, "mine")
	fmt.Println(len(g.tags))
}
