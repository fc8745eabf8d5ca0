// A feature-flag service keeps its flags in an atomic.Value that the admin endpoint replaces
// whole. The override path loads the current map with a comma-ok assertion, sets the flag and
// stores the map back. Before the first Store, Load returns nil, the assertion fails, and the
// override writes into a nil map.
package main

import (
	"fmt"
	"sync/atomic"
)

type Flags struct {
	current atomic.Value // map[string]bool
}

func (f *Flags) Enabled(name string) bool {
	m, _ := f.current.Load().(map[string]bool)
	return m[name]
}

func (f *Flags) Override(name string, on bool) {
	m, _ := f.current.Load().(map[string]bool)
	m[name] = on // want "nil map"
	f.current.Store(m)
}

func (f *Flags) Replace(m map[string]bool) { f.current.Store(m) }

func main() {
	var flags Flags
	flags.Override("new-checkout", true)
	flags.Replace(map[string]bool{"dark-mode": true})
	fmt.Println(flags.Enabled("new-checkout"), flags.Enabled("dark-mode"))
}
