// A feature-flag service keeps its flags in an atomic.Value that the admin endpoint replaces
// whole. The override path loads the current map with a comma-ok assertion and copies it into
// a new map before setting the flag; before the first Store the assertion fails and the copy
// starts from nothing, which is fine because the new map is made either way.
package main

import (
	"fmt"
	"maps"
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
	next := make(map[string]bool, len(m)+1)
	maps.Copy(next, m)
	next[name] = on
	f.current.Store(next)
}

func (f *Flags) Replace(m map[string]bool) { f.current.Store(m) }

func main() {
	var flags Flags
	flags.Override("new-checkout", true)
	flags.Replace(map[string]bool{"dark-mode": true})
	fmt.Println(flags.Enabled("new-checkout"), flags.Enabled("dark-mode"))
}
