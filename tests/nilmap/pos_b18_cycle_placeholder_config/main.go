// A dependency-injection container registers a bare placeholder for a service before resolving
// its dependencies, so that a cycle ends instead of recursing; on a cycle the dependency gets the
// placeholder, whose Config map is only made after the dependencies are resolved.
package main

import (
	"fmt"
	"sort"
)

type Service struct {
	Name   string
	Deps   []*Service
	Config map[string]string
}

type Container struct {
	specs map[string][]string
	built map[string]*Service
}

func NewContainer(specs map[string][]string) *Container {
	return &Container{specs: specs, built: map[string]*Service{}}
}

func (c *Container) Resolve(name string) *Service {
	if s, ok := c.built[name]; ok {
		return s
	}
	s := &Service{Name: name}
	c.built[name] = s
	for _, depName := range c.specs[name] {
		dep := c.Resolve(depName)
		dep.Config["used_by."+name] = "true" // want "nil map"
		s.Deps = append(s.Deps, dep)
	}
	s.Config = map[string]string{"name": name}
	return s
}

func main() {
	specs := map[string][]string{
		"api":     {"auth", "storage"},
		"auth":    {"storage", "api"},
		"storage": nil,
	}
	c := NewContainer(specs)
	api := c.Resolve("api")
	names := make([]string, 0, len(c.built))
	for n := range c.built {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(api.Name, len(api.Deps), names)
}
