// A bot framework registers command and event handlers in two maps, reached through a slot
// helper that returns a pointer to the right map field. Register makes the map on first use,
// but the lazy allocation was written against the commands field instead of the slot, so the
// first event handler is stored into the nil events map.
package main

import (
	"fmt"
	"sort"
)

type Handler func(arg string) string

type Registry struct {
	commands map[string]Handler
	events   map[string]Handler
}

func (r *Registry) slot(kind string) *map[string]Handler {
	if kind == "event" {
		return &r.events
	}
	return &r.commands
}

func (r *Registry) Register(kind, name string, h Handler) {
	m := r.slot(kind)
	if *m == nil {
		r.commands = make(map[string]Handler)
	}
	(*m)[name] = h // want "nil map"
}

func (r *Registry) Names(kind string) []string {
	var out []string
	for n := range *r.slot(kind) {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func main() {
	var r Registry
	r.Register("command", "deploy", func(arg string) string { return "deploying " + arg })
	r.Register("event", "member_joined", func(arg string) string { return "welcome " + arg })
	fmt.Println(r.Names("command"), r.Names("event"))
}
