// A capacity planner keeps its regions by value in a map. The constructor registers every
// region with its zone table made, and Reserve updates a region's copy and stores it back
// without checking presence: the service only reserves in regions it was built with.
package main

import (
	"fmt"
	"sort"
)

type Region struct {
	Name     string
	Reserved int
	Zones    map[string]int // zone -> reserved cores
}

type Planner struct {
	regions map[string]Region
}

func NewPlanner(names ...string) *Planner {
	p := &Planner{regions: make(map[string]Region, len(names))}
	for _, n := range names {
		p.regions[n] = Region{Name: n, Zones: map[string]int{}}
	}
	return p
}

func (p *Planner) Reserve(region, zone string, cores int) {
	r := p.regions[region]
	r.Reserved += cores
	r.Zones[zone] += cores
	p.regions[region] = r
}

func main() {
	p := NewPlanner("eu-west", "us-east")
	p.Reserve("eu-west", "a", 16)
	p.Reserve("us-east", "b", 8)
	names := make([]string, 0, len(p.regions))
	for n := range p.regions {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, p.regions[n].Reserved, p.regions[n].Zones)
	}
}
