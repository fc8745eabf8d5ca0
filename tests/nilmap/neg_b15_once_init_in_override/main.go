// A feature-flag client builds its flag table lazily behind sync.Once. Enabled and Override both
// go through the Once, so an override applied at start-up, before the first Enabled call, finds
// the table made. The near miss of pos_b15_once_init_skipped_by_override.
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
	f.once.Do(f.load)
	f.table[name] = on
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
