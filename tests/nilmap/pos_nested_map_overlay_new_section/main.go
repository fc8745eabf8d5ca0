// An INI-style config loader merges an environment overlay onto the base file, section by
// section. The merge copies each base section into a fresh map first, but a section that only
// the overlay has gets no map, and its first key is written into a missing inner map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sections map[string]map[string]string

func parse(text string) Sections {
	out := Sections{}
	section := "default"
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, ";"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.Trim(line, "[]")
			if out[section] == nil {
				out[section] = map[string]string{}
			}
		default:
			k, v, _ := strings.Cut(line, "=")
			if out[section] == nil {
				out[section] = map[string]string{}
			}
			out[section][strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return out
}

func cloneSections(base Sections) Sections {
	merged := make(Sections, len(base))
	for name, kv := range base {
		merged[name] = make(map[string]string, len(kv))
		for k, v := range kv {
			merged[name][k] = v
		}
	}
	return merged
}

func merge(base, overlay Sections) Sections {
	merged := cloneSections(base)
	for name, kv := range overlay {
		for k, v := range kv {
			merged[name][k] = v // want "nil map|inner map"
		}
	}
	return merged
}

func main() {
	base := parse("[server]\nport = 8080\nhost = 0.0.0.0\n")
	prod := parse("[server]\nport = 443\n[tls]\ncert = /etc/tls/cert.pem\n")
	cfg := merge(base, prod)
	names := make([]string, 0, len(cfg))
	for n := range cfg {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, cfg[n])
	}
}
