// A feature-flag client keeps local overrides that tests and the admin endpoint can set. Its
// zero value is meant to be usable, so Override calls ensure first; but ensure has a value
// receiver and makes the map on a copy of the client, and Override writes into the nil original.
package main

import (
	"fmt"
	"sort"
)

type FlagClient struct {
	defaults  map[string]bool
	overrides map[string]bool
}

func (c FlagClient) ensure() {
	if c.overrides == nil {
		c.overrides = make(map[string]bool)
	}
}

func (c *FlagClient) Override(flag string, on bool) {
	c.ensure()
	c.overrides[flag] = on // want "nil map"
}

func (c *FlagClient) Enabled(flag string) bool {
	if on, ok := c.overrides[flag]; ok {
		return on
	}
	return c.defaults[flag]
}

func (c *FlagClient) Report() []string {
	var out []string
	for f := range c.defaults {
		out = append(out, fmt.Sprintf("%s=%t", f, c.Enabled(f)))
	}
	sort.Strings(out)
	return out
}

type Service struct {
	name  string
	flags FlagClient
}

func main() {
	svc := Service{name: "checkout"}
	svc.flags.defaults = map[string]bool{"new-pricing": false, "fast-path": true}
	svc.flags.Override("new-pricing", true)
	fmt.Println(svc.name, svc.flags.Report())
}
