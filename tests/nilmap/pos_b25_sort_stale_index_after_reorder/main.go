// A release planner keeps its services in a slice and remembers the index of the one being
// promoted. It makes that service's annotations map, sorts the slice by priority, and then
// annotates through the index it kept, which now names another service whose map is nil.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type service struct {
	name        string
	priority    int
	annotations map[string]string
}

type planner struct {
	services []service
}

func (p *planner) indexOf(name string) int {
	for i, s := range p.services {
		if s.name == name {
			return i
		}
	}
	return -1
}

func (p *planner) promote(name, release string) {
	idx := p.indexOf(name)
	if idx < 0 {
		return
	}
	p.services[idx].annotations = make(map[string]string)
	p.services[idx].priority = 0
	sort.SliceStable(p.services, func(i, j int) bool {
		return p.services[i].priority < p.services[j].priority
	})
	p.services[idx].annotations["release"] = release // want "nil map"
}

func (p *planner) render() string {
	var b strings.Builder
	for _, s := range p.services {
		fmt.Fprintf(&b, "%d %s %v\n", s.priority, s.name, s.annotations)
	}
	return b.String()
}

func main() {
	p := &planner{services: []service{
		{name: "gateway", priority: 1},
		{name: "billing", priority: 2},
		{name: "search", priority: 3},
	}}
	p.promote("search", "v2.4.0")
	fmt.Print(p.render())
}
