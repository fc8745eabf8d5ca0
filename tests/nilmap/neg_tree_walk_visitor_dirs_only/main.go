// A near miss of pos_b18_tree_walk_leaf_without_attrs: the file leaves are bare literals
// without an Attrs map, and the visitor passed to the recursive Walk annotates only the nodes
// that have children, directories, which newDir makes with their map.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Node struct {
	Name     string
	Size     int
	Attrs    map[string]string
	Children map[string]*Node
}

func newDir(name string) *Node {
	return &Node{Name: name, Attrs: map[string]string{"kind": "dir"}, Children: map[string]*Node{}}
}

func (n *Node) insert(parts []string, size int) {
	if len(parts) == 1 {
		n.Children[parts[0]] = &Node{Name: parts[0], Size: size}
		return
	}
	child, ok := n.Children[parts[0]]
	if !ok {
		child = newDir(parts[0])
		n.Children[parts[0]] = child
	}
	child.insert(parts[1:], size)
}

func (n *Node) Walk(depth int, visit func(*Node, int)) {
	visit(n, depth)
	names := make([]string, 0, len(n.Children))
	for name := range n.Children {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		n.Children[name].Walk(depth+1, visit)
	}
}

func main() {
	root := newDir("/")
	files := map[string]int{"etc/hosts": 220, "etc/ssl/ca.pem": 4100, "var/log/syslog": 90210}
	for path, size := range files {
		root.insert(strings.Split(path, "/"), size)
	}
	nodes := 0
	root.Walk(0, func(n *Node, depth int) {
		nodes++
		if len(n.Children) == 0 {
			return
		}
		n.Attrs["depth"] = strconv.Itoa(depth)
	})
	fmt.Println(nodes, "nodes indexed")
}
