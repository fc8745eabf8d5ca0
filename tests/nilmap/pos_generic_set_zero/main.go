// A generic set type used as a zero value in a crawler's visited list.
package main

import "fmt"

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) { s[v] = struct{}{} } // want "nil map"

func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

type crawler struct {
	visited Set[string]
}

func main() {
	var c crawler
	for _, u := range []string{"/", "/about", "/"} {
		if !c.visited.Has(u) {
			c.visited.Add(u)
		}
	}
	fmt.Println(len(c.visited))
}
