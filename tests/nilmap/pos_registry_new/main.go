// A plugin registry allocated with new(T): its map field is left nil.
package main

import "fmt"

type Plugin interface{ Name() string }

type echo struct{}

func (echo) Name() string { return "echo" }

type Registry struct {
	plugins map[string]Plugin
	order   []string
}

func (r *Registry) Register(p Plugin) error {
	if _, dup := r.plugins[p.Name()]; dup {
		return fmt.Errorf("plugin %q registered twice", p.Name())
	}
	r.plugins[p.Name()] = p // want "nil map"
	r.order = append(r.order, p.Name())
	return nil
}

func main() {
	reg := new(Registry)
	if err := reg.Register(echo{}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(reg.order)
}
