// A feature-flag store has an init method on a value receiver that creates its maps in its
// copy and returns that copy; the constructor stores the returned copy over the new store,
// so the caller's store has both maps and the admin path's override is safe.
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

func (s FlagStore) init(defaults []string) FlagStore {
	s.defaults = make(map[string]bool, len(defaults))
	s.overrides = make(map[string]bool)
	for _, d := range defaults {
		s.defaults[d] = true
	}
	return s
}

func (s *FlagStore) Enabled(flag string) bool {
	if v, ok := s.overrides[flag]; ok {
		return v
	}
	return s.defaults[flag]
}

func (s *FlagStore) Override(flag string, on bool) {
	s.overrides[flag] = on
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
	*s = s.init(defaults)
	return s
}

func main() {
	flags := NewFlagStore("checkout", "new-cart", "fast-pay")
	fmt.Println(flags.Enabled("new-cart"))
	flags.Override("fast-pay", false)
	fmt.Println(flags)
}
