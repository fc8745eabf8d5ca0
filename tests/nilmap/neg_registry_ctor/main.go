// A plugin registry that only its constructor creates; the constructor makes the map.
package main

import "fmt"

type Plugin interface{ Name() string }

type echo struct{}

func (echo) Name() string { return "echo" }

type Registry struct {
	plugins map[string]Plugin
	order   []string
}

func NewRegistry() *Registry {
	return &Registry{plugins: make(map[string]Plugin)}
}

func (r *Registry) Register(p Plugin) error {
	if _, dup := r.plugins[p.Name()]; dup {
		return fmt.Errorf("plugin %q registered twice", p.Name())
	}
	r.plugins[p.Name()] = p
	r.order = append(r.order, p.Name())
	return nil
}

func main() {
	reg := NewRegistry()
	for _, p := range []Plugin{echo{}, echo{}} {
		if err := reg.Register(p); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(reg.order)
}
