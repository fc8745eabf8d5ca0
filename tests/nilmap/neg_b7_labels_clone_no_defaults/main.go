// A deploy CLI builds the label set of each service from the project's default labels, which
// it clones so that one service's labels never leak into another's. The parser starts every
// project with an empty defaults map, so the clone of a project without a defaults section is
// an empty map too, not nil, and the labels are written safely.
package main

import (
	"fmt"
	"maps"
	"sort"
	"strings"
)

type project struct {
	name     string
	defaults map[string]string
	services []string
}

func parseProject(spec string) project {
	p := project{defaults: map[string]string{}}
	for _, line := range strings.Split(spec, "\n") {
		key, val, ok := strings.Cut(strings.TrimSpace(line), "=")
		if !ok {
			continue
		}
		switch {
		case key == "name":
			p.name = val
		case key == "service":
			p.services = append(p.services, val)
		case strings.HasPrefix(key, "default."):
			p.defaults[strings.TrimPrefix(key, "default.")] = val
		}
	}
	return p
}

func serviceLabels(p project, svc string) map[string]string {
	labels := maps.Clone(p.defaults)
	labels["app"] = svc
	labels["project"] = p.name
	return labels
}

func main() {
	p := parseProject("name=shop\nservice=cart\nservice=checkout")
	for _, svc := range p.services {
		labels := serviceLabels(p, svc)
		keys := make([]string, 0, len(labels))
		for k := range labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(svc, keys)
	}
}
