// A capacity planner keeps its regions by value in a map. Setup ranges over the map to give
// each region its zone table, but assigns to the loop's copy and never stores it back, so
// the regions in the map keep nil zone tables and the first reservation panics.
package main

import (
	"fmt"
	"sort"
)

type Region struct {
	Name  string
	Zones map[string]int // zone -> reserved cores
}

type Planner struct {
	regions map[string]Region
}

func NewPlanner(names ...string) *Planner {
	p := &Planner{regions: make(map[string]Region, len(names))}
	for _, n := range names {
		p.regions[n] = Region{Name: n}
	}
	p.setup()
	return p
}

func (p *Planner) setup() {
	for _, r := range p.regions {
		r.Zones = map[string]int{}
	}
}

func (p *Planner) Reserve(region, zone string, cores int) error {
	r, ok := p.regions[region]
	if !ok {
		return fmt.Errorf("unknown region %q", region)
	}
	r.Zones[zone] += cores // want "nil map"
	return nil
}

func (p *Planner) Summary() []string {
	var out []string
	for name, r := range p.regions {
		for z, c := range r.Zones {
			out = append(out, fmt.Sprintf("%s/%s=%d", name, z, c))
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	p := NewPlanner("eu-west", "us-east")
	if err := p.Reserve("eu-west", "a", 16); err != nil {
		fmt.Println(err)
	}
	fmt.Println(p.Summary())
}
