// A bot framework reaches its command and event handler tables through a slot helper that
// returns a pointer to the right map field. Only commands are registered, and their table is
// made by the constructor; the events table stays nil but nothing registers an event.
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

func NewRegistry() *Registry {
	return &Registry{commands: make(map[string]Handler)}
}

func (r *Registry) slot(kind string) *map[string]Handler {
	if kind == "event" {
		return &r.events
	}
	return &r.commands
}

func (r *Registry) RegisterCommand(name string, h Handler) {
	m := r.slot("command")
	(*m)[name] = h
}

func main() {
	r := NewRegistry()
	r.RegisterCommand("deploy", func(arg string) string { return "deploying " + arg })
	r.RegisterCommand("rollback", func(arg string) string { return "rolling back " + arg })
	var names []string
	for n := range *r.slot("command") {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names, len(*r.slot("event")))
}
