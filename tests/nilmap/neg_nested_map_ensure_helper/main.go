// A computeIfAbsent-style helper returns the inner map, creating it when missing.
package main

import "fmt"

type Graph struct {
	edges map[string]map[string]int // from -> to -> weight
}

func inner(m map[string]map[string]int, k string) map[string]int {
	if m[k] == nil {
		m[k] = make(map[string]int)
	}
	return m[k]
}

func (g *Graph) Connect(from, to string, w int) {
	inner(g.edges, from)[to] = w
	inner(g.edges, to)[from] = w
}

func main() {
	g := &Graph{edges: map[string]map[string]int{}}
	g.Connect("a", "b", 3)
	g.Connect("b", "c", 1)
	fmt.Println(len(g.edges), g.edges["b"])
}
