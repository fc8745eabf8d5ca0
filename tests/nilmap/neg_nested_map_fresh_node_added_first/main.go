// A dependency graph keys its adjacency by *Node. The manifest loader normalises each node's
// name on a copy, adds the copy to the graph, which makes its inner map, and only then links
// through the copy's address. The near miss of pos_b19_nested_map_copied_node_key.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Name    string
	Version string
}

type Graph struct {
	edges map[*Node]map[*Node]bool
}

func (g *Graph) Add(n *Node) {
	g.edges[n] = map[*Node]bool{}
}

func (g *Graph) Link(from, to *Node) {
	g.edges[from][to] = true
}

func normalise(n *Node) *Node {
	c := *n
	c.Name = strings.ToLower(c.Name)
	return &c
}

func main() {
	g := &Graph{edges: map[*Node]map[*Node]bool{}}
	byName := map[string]*Node{}
	for _, n := range []*Node{{"App", "1.4.0"}, {"HTTPClient", "0.9.2"}, {"Logger", "2.1.0"}} {
		c := normalise(n)
		g.Add(c)
		byName[c.Name] = c
	}
	for _, line := range strings.Split("app -> httpclient\napp -> logger", "\n") {
		a, b, _ := strings.Cut(line, " -> ")
		g.Link(byName[a], byName[b])
	}
	var out []string
	for n, deps := range g.edges {
		out = append(out, fmt.Sprintf("%s:%d", n.Name, len(deps)))
	}
	sort.Strings(out)
	fmt.Println(strings.Join(out, " "))
}
