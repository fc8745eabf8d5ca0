// A near miss: mark creates the inner map for the cell when it is missing, prints, and writes
// into the inner map under the same local struct key, which nothing changes in between.
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
	g.tags[at][tag] = true
}

func main() {
	g := &grid{tags: map[cell]map[string]bool{}}
	g.mark(1, 2, "mine")
	g.mark(1, 2, "flag")
	g.mark(3, 4, "flag")
	fmt.Println(len(g.tags), len(g.tags[cell{1, 2}]))
}
