// A dependency graph keys its adjacency by *Node. Its copy helper normalises a node's name on
// a copy and makes the copy's inner map before it returns the copy's address, so linking
// through the fresh pointer finds a made inner map. The near miss of
// pos_b19_nested_map_copied_node_key.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name string
}

type Graph struct {
	edges map[*Node]map[string]bool
}

func (g *Graph) copyNode(n *Node) *Node {
	c := *n
	c.Name = strings.ToLower(c.Name)
	g.edges[&c] = map[string]bool{}
	return &c
}

func (g *Graph) Require(from *Node, dep string) {
	g.edges[from][dep] = true
}

func main() {
	g := &Graph{edges: map[*Node]map[string]bool{}}
	for _, n := range []*Node{{"App"}, {"Logger"}} {
		g.Require(g.copyNode(n), "runtime")
	}
	for n, deps := range g.edges {
		if n.Name == "app" {
			fmt.Println(n.Name, len(deps))
		}
	}
}
