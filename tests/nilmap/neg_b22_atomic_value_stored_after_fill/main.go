// A feature-flag client publishes each refreshed snapshot through an atomic.Value,
// storing the snapshot struct by value only after its flags map is filled, so a local
// override on the published snapshot writes the made map.
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
	snap.flags = make(map[string]bool)
	for _, pair := range strings.Split(body, ",") {
		name, state, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if !ok {
			continue
		}
		snap.flags[name] = state == "on"
	}
	c.current.Store(snap)
}

func (c *client) enabled(name string) bool {
	snap, _ := c.current.Load().(snapshot)
	return snap.flags[name]
}

// override forces a flag locally, for operators debugging one instance.
func (c *client) override(name string, on bool) {
	snap := c.current.Load().(snapshot)
	snap.flags[name] = on
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
