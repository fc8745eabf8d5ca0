// A feature-flag client builds its flag table lazily behind sync.Once in Enabled. Override (used
// by the admin endpoint and by FLAG_ overrides at start-up) writes the table directly without
// going through the Once, so an override applied before the first Enabled call finds the table
// still nil.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Flags struct {
	once   sync.Once
	table  map[string]bool
	source func() map[string]bool
}

func (f *Flags) load() {
	f.table = make(map[string]bool)
	for name, on := range f.source() {
		f.table[name] = on
	}
}

func (f *Flags) Enabled(name string) bool {
	f.once.Do(f.load)
	return f.table[name]
}

func (f *Flags) Override(name string, on bool) {
	f.table[name] = on // want "nil map"
}

// applyEnv turns FLAG_NEW_CHECKOUT=on style settings into overrides.
func applyEnv(f *Flags, env []string) {
	for _, kv := range env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(k, "FLAG_") {
			continue
		}
		name := strings.ReplaceAll(strings.ToLower(strings.TrimPrefix(k, "FLAG_")), "_", "-")
		f.Override(name, v == "on" || v == "true")
	}
}

func main() {
	f := &Flags{source: func() map[string]bool {
		return map[string]bool{"new-checkout": false, "dark-mode": true}
	}}
	applyEnv(f, []string{"HOME=/srv", "FLAG_NEW_CHECKOUT=on"})
	names := []string{"new-checkout", "dark-mode", "beta-search"}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, f.Enabled(n))
	}
}
