// The generic set is created by its constructor before the crawler adds to it.
package main

import "fmt"

type Set[T comparable] map[T]struct{}

func NewSet[T comparable]() Set[T] { return make(Set[T]) }

func (s Set[T]) Add(v T) { s[v] = struct{}{} }

func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

type crawler struct {
	visited Set[string]
}

func main() {
	c := crawler{visited: NewSet[string]()}
	for _, u := range []string{"/", "/about", "/"} {
		if !c.visited.Has(u) {
			c.visited.Add(u)
		}
	}
	fmt.Println(len(c.visited))
}
