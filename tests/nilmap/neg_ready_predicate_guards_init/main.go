// A near miss: Add makes the index through init whenever the ready predicate, which tests the
// index itself, says it is missing.
package main

import "fmt"

type store struct {
	names []string
	index map[string]int
}

func (s *store) ready() bool { return s.index != nil }

func (s *store) init() {
	s.index = make(map[string]int)
}

func (s *store) Add(name string) {
	if !s.ready() {
		s.init()
	}
	s.index[name] = len(s.names)
	s.names = append(s.names, name)
}

func main() {
	var s store
	s.Add("ada")
	s.Add("grace")
	fmt.Println(s.index)
}
