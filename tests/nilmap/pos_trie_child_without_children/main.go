// An HTTP router keeps its routes in a trie of path segments. Handle creates a missing child
// as a bare &node{}, so a route two segments below a new node stores its second segment into
// the new child's nil children map.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	children map[string]*node
	handler  string
}

func newNode() *node {
	return &node{children: make(map[string]*node)}
}

type Router struct {
	root *node
}

func NewRouter() *Router {
	return &Router{root: newNode()}
}

func segments(path string) []string {
	return strings.Split(strings.Trim(path, "/"), "/")
}

func (r *Router) Handle(path, handler string) {
	n := r.root
	for _, seg := range segments(path) {
		child, ok := n.children[seg]
		if !ok {
			child = &node{}
			n.children[seg] = child // want "nil map"
		}
		n = child
	}
	n.handler = handler
}

func (r *Router) Match(path string) (string, bool) {
	n := r.root
	for _, seg := range segments(path) {
		next, ok := n.children[seg]
		if !ok {
			if next, ok = n.children[":id"]; !ok {
				return "", false
			}
		}
		n = next
	}
	return n.handler, n.handler != ""
}

func main() {
	r := NewRouter()
	r.Handle("/healthz", "health")
	r.Handle("/users", "listUsers")
	r.Handle("/users/:id", "getUser")
	r.Handle("/users/:id/keys", "listKeys")
	for _, p := range []string{"/users/42", "/users/42/keys", "/nope"} {
		h, ok := r.Match(p)
		fmt.Println(p, h, ok)
	}
}
