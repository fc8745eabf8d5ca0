// A feature-flag client publishes each refreshed snapshot through an atomic.Value and stores
// the snapshot struct by value before filling its flags map, so the published copy has no
// map. The override path knows that and gives its copy a map of its own when there is none,
// so the local override never writes into nil.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
)

type snapshot struct {
	version int
	flags   map[string]bool
}

type client struct {
	current atomic.Value // snapshot
}

// refresh parses "name=on|off" pairs from the flag service's response body.
func (c *client) refresh(version int, body string) {
	snap := snapshot{version: version}
	c.current.Store(snap)
	snap.flags = make(map[string]bool)
	for _, pair := range strings.Split(body, ",") {
		name, state, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if !ok {
			continue
		}
		snap.flags[name] = state == "on"
	}
}

func (c *client) enabled(name string) bool {
	snap, _ := c.current.Load().(snapshot)
	return snap.flags[name]
}

// override forces a flag locally and publishes the result.
func (c *client) override(name string, on bool) {
	snap := c.current.Load().(snapshot)
	if snap.flags == nil {
		snap.flags = make(map[string]bool)
	}
	snap.flags[name] = on
	c.current.Store(snap)
}

func main() {
	c := &client{}
	c.refresh(7, "new-checkout=on, dark-mode=off, search-v2=on")
	c.override("dark-mode", true)
	names := []string{"new-checkout", "dark-mode", "search-v2", "beta-api"}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%-12s %v\n", name, c.enabled(name))
	}
}
