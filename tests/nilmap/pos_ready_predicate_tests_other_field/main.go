// Add makes the index through init only when the ready predicate says the store is not ready,
// but the predicate tests the aliases map, not the index: Load fills aliases first, so Add
// skips init and writes the nil index.
package main

import "fmt"

type store struct {
	aliases map[string]string
	index   map[string]int
}

func (s *store) ready() bool { return s.aliases != nil }

func (s *store) init() {
	s.aliases = make(map[string]string)
	s.index = make(map[string]int)
}

func (s *store) Load(aliases map[string]string) {
	s.aliases = aliases
}

func (s *store) Add(name string) {
	if !s.ready() {
		s.init()
	}
	s.index[name] = len(s.index) // want "nil map"
}

func main() {
	var s store
	s.Load(map[string]string{"ada": "countess"})
	s.Add("ada")
	fmt.Println(s.index)
}
