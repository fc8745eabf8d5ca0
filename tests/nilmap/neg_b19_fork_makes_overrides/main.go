// A feature-flag set makes its overrides map lazily through a sync.Once; Fork copies the set,
// whose Once has already fired, and gives the copy a new empty overrides map, so the fork's
// first override writes into a made map although its lazy init never runs.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type FlagSet struct {
	name      string
	defaults  map[string]bool
	once      sync.Once
	overrides map[string]bool
}

func (f *FlagSet) init() {
	f.once.Do(func() { f.overrides = make(map[string]bool) })
}

func (f *FlagSet) Override(flag string, on bool) {
	f.init()
	f.overrides[flag] = on
}

func (f *FlagSet) Enabled(flag string) bool {
	if on, ok := f.overrides[flag]; ok {
		return on
	}
	return f.defaults[flag]
}

// Fork gives a canary its own overrides on top of the same defaults.
func (f *FlagSet) Fork(name string) *FlagSet {
	c := *f
	c.name = name
	c.overrides = map[string]bool{}
	return &c
}

func (f *FlagSet) Report(flags []string) string {
	sort.Strings(flags)
	out := f.name + ":"
	for _, flag := range flags {
		out += fmt.Sprintf(" %s=%t", flag, f.Enabled(flag))
	}
	return out
}

func main() {
	base := &FlagSet{name: "prod", defaults: map[string]bool{"new-ui": false, "fast-search": true}}
	base.Override("fast-search", false)
	canary := base.Fork("canary")
	canary.Override("new-ui", true)
	flags := []string{"new-ui", "fast-search"}
	fmt.Println(base.Report(flags))
	fmt.Println(canary.Report(flags))
}
