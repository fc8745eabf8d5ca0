// A config loader keeps its sources in an interface slice and prepares them in a type
// switch; a FileSource without options is replaced in the slice by a new value built with
// its default options, so applying an override finds the map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Source interface {
	Name() string
}

type FileSource struct {
	Path    string
	Options map[string]string
}

func (f FileSource) Name() string { return "file:" + f.Path }

type EnvSource struct {
	Prefix string
}

func (e EnvSource) Name() string { return "env:" + e.Prefix }

// prepare gives every file source its default options.
func prepare(sources []Source) {
	for i, src := range sources {
		switch s := src.(type) {
		case FileSource:
			if s.Options == nil {
				sources[i] = FileSource{Path: s.Path, Options: map[string]string{"format": "yaml"}}
			}
		case EnvSource:
			// Environment sources take no options.
		}
	}
}

func applyOverrides(sources []Source, overrides map[string]string) {
	for _, src := range sources {
		fs, ok := src.(FileSource)
		if !ok {
			continue
		}
		for k, v := range overrides {
			fs.Options[k] = v
		}
	}
}

func describe(sources []Source) string {
	var parts []string
	for _, src := range sources {
		part := src.Name()
		if fs, ok := src.(FileSource); ok {
			keys := make([]string, 0, len(fs.Options))
			for k := range fs.Options {
				keys = append(keys, k+"="+fs.Options[k])
			}
			sort.Strings(keys)
			part += "[" + strings.Join(keys, ",") + "]"
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, " ")
}

func main() {
	sources := []Source{
		EnvSource{Prefix: "APP_"},
		FileSource{Path: "/etc/app/config.yaml"},
	}
	prepare(sources)
	applyOverrides(sources, map[string]string{"strict": "true"})
	fmt.Println(describe(sources))
}
