// A layered config merge: the clone helper makes a section for every section of the base and
// of the overlay before the overlay's keys are copied in, so a section only the overlay has
// gets its map too.
package main

import (
	"fmt"
	"sort"
)

type Sections map[string]map[string]string

func sectionsFor(base, overlay Sections) Sections {
	out := make(Sections, len(base)+len(overlay))
	for name, kv := range base {
		out[name] = make(map[string]string, len(kv))
		for k, v := range kv {
			out[name][k] = v
		}
	}
	for name := range overlay {
		if _, ok := out[name]; !ok {
			out[name] = make(map[string]string)
		}
	}
	return out
}

func merge(base, overlay Sections) Sections {
	merged := sectionsFor(base, overlay)
	for name, kv := range overlay {
		for k, v := range kv {
			merged[name][k] = v
		}
	}
	return merged
}

func main() {
	base := Sections{"server": {"port": "8080"}}
	prod := Sections{"server": {"port": "443"}, "tls": {"cert": "/etc/tls/cert.pem"}}
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
