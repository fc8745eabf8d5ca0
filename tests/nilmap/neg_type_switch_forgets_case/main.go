// A settings loader accepts either a ready map or a list of "key=value" strings for a plugin's
// options; the list case makes the map, sized for the list, before filling it.
package main

import (
	"fmt"
	"strings"
)

type plugin struct {
	name    string
	options map[string]string
}

func loadPlugin(name string, raw any) (*plugin, error) {
	p := &plugin{name: name}
	switch v := raw.(type) {
	case map[string]string:
		p.options = v
	case []string:
		p.options = make(map[string]string, len(v))
		for _, kv := range v {
			k, val, _ := strings.Cut(kv, "=")
			p.options[k] = val
		}
	default:
		return nil, fmt.Errorf("plugin %s: options of type %T", name, raw)
	}
	return p, nil
}

func main() {
	a, _ := loadPlugin("auth", map[string]string{"mode": "jwt"})
	fmt.Println(a.options)
	c, err := loadPlugin("cache", []string{"ttl=30s", "size=128"})
	fmt.Println(c, err)
}
