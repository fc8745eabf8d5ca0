// A plugin host hands each plugin a register callback, the method value reg.Add taken before
// reg.init ran. Add has a pointer receiver, so the method value holds the registry's address
// and sees the handler map init makes before any plugin registers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(args []string) string

type Registry struct {
	prefix   string
	handlers map[string]Handler
}

func (r *Registry) init(prefix string) {
	r.prefix = prefix
	r.handlers = make(map[string]Handler)
}

func (r *Registry) Add(name string, h Handler) {
	r.handlers[r.prefix+name] = h
}

func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.handlers))
	for n := range r.handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

type Plugin struct {
	Name  string
	Setup func(register func(string, Handler))
}

var plugins = []Plugin{
	{Name: "echo", Setup: func(register func(string, Handler)) {
		register("echo", func(a []string) string { return strings.Join(a, " ") })
	}},
	{Name: "upper", Setup: func(register func(string, Handler)) {
		register("upper", func(a []string) string { return strings.ToUpper(strings.Join(a, " ")) })
	}},
}

type Host struct {
	reg      Registry
	register func(string, Handler)
}

func NewHost() *Host {
	h := &Host{}
	h.register = h.reg.Add
	h.reg.init("cmd.")
	return h
}

func main() {
	host := NewHost()
	for _, p := range plugins {
		p.Setup(host.register)
		fmt.Println("loaded", p.Name)
	}
	fmt.Println(host.reg.Names())
}
