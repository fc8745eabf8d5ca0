// A plugin loader reads its options out of an `any` field; when they are not a map it puts an
// empty map in the field and checks the field again, which now passes, but goes on writing
// into the options it asserted first, the nil of the failed assertion.
package main

import "fmt"

type plugin struct {
	Name    string
	Options any
}

func applyDefaults(p *plugin, defaults map[string]any) error {
	opts, _ := p.Options.(map[string]any)
	if p.Options == nil {
		p.Options = map[string]any{}
	}
	if _, ok := p.Options.(map[string]any); !ok {
		return fmt.Errorf("plugin %s: options of type %T", p.Name, p.Options)
	}
	for k, v := range defaults {
		if _, set := opts[k]; !set {
			opts[k] = v // want "nil map"
		}
	}
	return nil
}

func main() {
	plugins := []*plugin{
		{Name: "cache", Options: map[string]any{"ttl": 30}},
		{Name: "audit"},
	}
	for _, p := range plugins {
		if err := applyDefaults(p, map[string]any{"enabled": true}); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p.Name, p.Options)
	}
}
