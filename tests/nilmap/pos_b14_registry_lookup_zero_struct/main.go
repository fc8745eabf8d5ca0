// A plugin host keeps each plugin's config by value in a map. Configure copies the entry out,
// sets one setting and stores it back. Plugins that were registered carry a made Settings map,
// but the CLI also lets the operator configure a plugin before it is registered: the lookup of
// the missing name yields the zero PluginConfig, whose Settings map is nil.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type PluginConfig struct {
	Name     string
	Enabled  bool
	Settings map[string]string
}

type Host struct {
	plugins map[string]PluginConfig
}

func NewHost() *Host {
	return &Host{plugins: make(map[string]PluginConfig)}
}

func (h *Host) Register(name string) {
	h.plugins[name] = PluginConfig{Name: name, Enabled: true, Settings: map[string]string{}}
}

func (h *Host) Configure(name, key, value string) {
	pc := h.plugins[name]
	pc.Name = name
	pc.Settings[key] = value // want "nil map"
	h.plugins[name] = pc
}

func (h *Host) Dump() []string {
	var out []string
	for name, pc := range h.plugins {
		var kv []string
		for k, v := range pc.Settings {
			kv = append(kv, k+"="+v)
		}
		sort.Strings(kv)
		out = append(out, fmt.Sprintf("%s enabled=%t [%s]", name, pc.Enabled, strings.Join(kv, ",")))
	}
	sort.Strings(out)
	return out
}

func main() {
	host := NewHost()
	host.Register("s3-archive")
	host.Register("slack-notify")

	// Arguments as the CLI received them: "plugin.key=value".
	args := []string{"s3-archive.bucket=backups", "slack-notify.channel=#ops", "gcs-archive.bucket=cold"}
	for _, arg := range args {
		target, value, _ := strings.Cut(arg, "=")
		plugin, key, _ := strings.Cut(target, ".")
		host.Configure(plugin, key, value)
	}
	for _, line := range host.Dump() {
		fmt.Println(line)
	}
}
