// A plugin host searches its plugin groups with a labelled break; when no group provides the
// requested capability, it falls back to a no-op plugin built by the same constructor as the
// others, and then configures whatever plugin it found by writing into its settings map.
package main

import (
	"fmt"
	"strings"
)

type Plugin struct {
	Name         string
	Capabilities []string
	Settings     map[string]string
}

func newPlugin(name string, caps ...string) *Plugin {
	return &Plugin{Name: name, Capabilities: caps, Settings: map[string]string{}}
}

type Group struct {
	Name    string
	Plugins []*Plugin
}

type Host struct {
	groups []Group
}

func (h *Host) Resolve(capability string) *Plugin {
	var found *Plugin
search:
	for _, g := range h.groups {
		for _, p := range g.Plugins {
			for _, c := range p.Capabilities {
				if strings.EqualFold(c, capability) {
					found = p
					break search
				}
			}
		}
	}
	if found == nil {
		// Nothing provides it: a plugin that does nothing keeps callers simple.
		found = newPlugin("noop")
	}
	return found
}

func (h *Host) Configure(capability, key, value string) string {
	p := h.Resolve(capability)
	p.Settings[key] = value
	return p.Name
}

func main() {
	h := &Host{groups: []Group{
		{Name: "storage", Plugins: []*Plugin{newPlugin("s3", "blob", "archive"), newPlugin("disk", "blob")}},
		{Name: "auth", Plugins: []*Plugin{newPlugin("oidc", "login")}},
	}}
	for _, req := range [][3]string{
		{"blob", "bucket", "backups"},
		{"LOGIN", "issuer", "https://id.example.com"},
		{"metrics", "interval", "10s"},
	} {
		fmt.Println(req[0], "->", h.Configure(req[0], req[1], req[2]))
	}
}
