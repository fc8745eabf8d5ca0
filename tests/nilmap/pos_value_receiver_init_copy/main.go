// A feature-flag store has an init method that creates its maps, but the method was declared
// on a value receiver: it initialises a copy, and the caller's store keeps nil maps. The first
// override written by the admin path panics.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type FlagStore struct {
	name      string
	defaults  map[string]bool
	overrides map[string]bool
}

func (s FlagStore) init(defaults []string) {
	s.defaults = make(map[string]bool, len(defaults))
	s.overrides = make(map[string]bool)
	for _, d := range defaults {
		s.defaults[d] = true
	}
}

func (s *FlagStore) Enabled(flag string) bool {
	if v, ok := s.overrides[flag]; ok {
		return v
	}
	return s.defaults[flag]
}

func (s *FlagStore) Override(flag string, on bool) {
	s.overrides[flag] = on // want "nil map"
}

func (s *FlagStore) String() string {
	var on []string
	for f := range s.defaults {
		if s.Enabled(f) {
			on = append(on, f)
		}
	}
	sort.Strings(on)
	return s.name + ": " + strings.Join(on, ",")
}

func NewFlagStore(name string, defaults ...string) *FlagStore {
	s := &FlagStore{name: name}
	s.init(defaults)
	return s
}

func main() {
	flags := NewFlagStore("checkout", "new-cart", "fast-pay")
	fmt.Println(flags.Enabled("new-cart"))
	flags.Override("fast-pay", false)
	fmt.Println(flags)
}
