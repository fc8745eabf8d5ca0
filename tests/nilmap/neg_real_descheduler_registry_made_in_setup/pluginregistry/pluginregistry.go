// Package pluginregistry keeps the plugins by name in a package variable that the program's
// setup makes before it registers anything.
package pluginregistry

import "fmt"

// PluginRegistry is made by the program's setup (main's setupPlugins) before any registration.
var PluginRegistry Registry

type PluginBuilder = func(args string) (string, error)

type PluginUtilities struct {
	PluginBuilder PluginBuilder
	PluginArgs    string
}

type Registry map[string]PluginUtilities

func NewRegistry() Registry {
	return Registry{}
}

func Register(name string, builder PluginBuilder, args string, registry Registry) {
	if _, ok := registry[name]; ok {
		fmt.Println("plugin already registered:", name)
	} else {
		registry[name] = PluginUtilities{PluginBuilder: builder, PluginArgs: args}
	}
}
