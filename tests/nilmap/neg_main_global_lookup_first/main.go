// A plugin registry builds its table lazily with sync.Once, and only the lookup path calls
// ensure; main looks a plugin up before it registers one, so the table is made by the time
// Register writes it directly.
package main

import (
	"fmt"
	"sync"
)

type Plugin interface {
	Name() string
	Run(input string) string
}

type upper struct{}

func (upper) Name() string         { return "upper" }
func (upper) Run(in string) string { return fmt.Sprintf("%q", in) }

type Registry struct {
	once    sync.Once
	plugins map[string]Plugin
}

func (r *Registry) ensure() {
	r.once.Do(func() {
		r.plugins = make(map[string]Plugin)
	})
}

func (r *Registry) Lookup(name string) (Plugin, bool) {
	r.ensure()
	p, ok := r.plugins[name]
	return p, ok
}

func (r *Registry) Register(p Plugin) {
	r.plugins[p.Name()] = p
}

var defaultRegistry Registry

func main() {
	if _, ok := defaultRegistry.Lookup("upper"); !ok {
		fmt.Println("upper not registered yet")
	}
	defaultRegistry.Register(upper{})
	if p, ok := defaultRegistry.Lookup("upper"); ok {
		fmt.Println(p.Run("hello"))
	}
}
