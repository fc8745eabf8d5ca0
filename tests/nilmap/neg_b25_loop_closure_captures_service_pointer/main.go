// A CLI dispatcher builds one closure per service from a loop over the slice's indices, each
// closure capturing a pointer to its element. The services' hit maps are made afterwards
// through the slice index, which the closures see through their pointers.
package main

import (
	"fmt"
	"os"
	"sort"
)

type service struct {
	name string
	hits map[string]int
}

type dispatcher struct {
	services []service
	commands map[string]func(arg string)
}

func newDispatcher(names ...string) *dispatcher {
	d := &dispatcher{commands: make(map[string]func(string))}
	for _, n := range names {
		d.services = append(d.services, service{name: n})
	}
	for i := range d.services {
		svc := &d.services[i]
		d.commands[svc.name] = func(arg string) {
			svc.hits[arg]++
		}
	}
	for i := range d.services {
		d.services[i].hits = make(map[string]int)
	}
	return d
}

func (d *dispatcher) run(args []string) error {
	for i := 0; i+1 < len(args); i += 2 {
		cmd, ok := d.commands[args[i]]
		if !ok {
			return fmt.Errorf("unknown service %q", args[i])
		}
		cmd(args[i+1])
	}
	return nil
}

func main() {
	d := newDispatcher("users", "billing")
	if err := d.run([]string{"users", "list", "billing", "export", "users", "list"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	sort.Slice(d.services, func(i, j int) bool { return d.services[i].name < d.services[j].name })
	for _, s := range d.services {
		fmt.Println(s.name, s.hits)
	}
}
