// A dependency graph keys its adjacency by *Node; the manifest loader normalises a node's
// name on a copy and links through the copy's address, a key the graph never saw, so the edge
// write indexes a missing inner map.
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
	nodes map[string]*Node
	edges map[*Node]map[*Node]bool
}

func NewGraph() *Graph {
	return &Graph{nodes: map[string]*Node{}, edges: map[*Node]map[*Node]bool{}}
}

func (g *Graph) AddNode(name, version string) *Node {
	n := &Node{Name: name, Version: version}
	g.nodes[strings.ToLower(name)] = n
	g.edges[n] = map[*Node]bool{}
	return n
}

func (g *Graph) Link(from, to *Node) {
	g.edges[from][to] = true // want "nil map|inner map"
}

func normalise(n *Node) *Node {
	c := *n
	c.Name = strings.ToLower(c.Name)
	return &c
}

func main() {
	g := NewGraph()
	g.AddNode("App", "1.4.0")
	g.AddNode("HTTPClient", "0.9.2")
	g.AddNode("Logger", "2.1.0")
	manifest := "app -> httpclient\napp -> logger\nhttpclient -> logger"
	for _, line := range strings.Split(manifest, "\n") {
		a, b, ok := strings.Cut(line, " -> ")
		if !ok {
			continue
		}
		from, to := normalise(g.nodes[a]), normalise(g.nodes[b])
		g.Link(from, to)
	}
	var out []string
	for n, deps := range g.edges {
		out = append(out, fmt.Sprintf("%s:%d", n.Name, len(deps)))
	}
	sort.Strings(out)
	fmt.Println(strings.Join(out, " "))
}
