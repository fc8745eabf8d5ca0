// Package registry indexes plugins by name and by major version.
//
// It holds a real nil-map bug for `mapscope check` to find: Load builds a Registry whose
// byVersion map it never makes, so the first plugin it indexes panics with "assignment to entry
// in nil map". Add shows the correct lazy initialisation, which mapscope leaves alone.
package registry

import "sort"

// Plugin is one loadable extension.
type Plugin struct {
	Name    string
	Version int
}

// Registry finds plugins by name and lists them by major version.
type Registry struct {
	byName    map[string]Plugin
	byVersion map[int][]string
}

// Load indexes plugins. Bug: the literal makes byName but not byVersion.
func Load(plugins []Plugin) *Registry {
	r := &Registry{byName: make(map[string]Plugin, len(plugins))}
	for _, p := range plugins {
		r.byName[p.Name] = p
		r.byVersion[p.Version] = append(r.byVersion[p.Version], p.Name)
	}
	return r
}

// Add indexes one more plugin, making the maps on first use.
func (r *Registry) Add(p Plugin) {
	if r.byName == nil {
		r.byName = make(map[string]Plugin)
	}
	if r.byVersion == nil {
		r.byVersion = make(map[int][]string)
	}
	r.byName[p.Name] = p
	r.byVersion[p.Version] = append(r.byVersion[p.Version], p.Name)
}

// Names lists the plugins of a major version in order; reading a nil map is fine.
func (r *Registry) Names(version int) []string {
	names := append([]string(nil), r.byVersion[version]...)
	sort.Strings(names)
	return names
}
