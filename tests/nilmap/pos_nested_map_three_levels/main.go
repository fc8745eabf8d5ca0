// A three-level index (region -> zone -> host) makes the region level but not the zone level.
package main

import "fmt"

type host struct {
	region, zone, name string
}

func index(hosts []host) map[string]map[string]map[string]bool {
	idx := map[string]map[string]map[string]bool{}
	for _, h := range hosts {
		if _, ok := idx[h.region]; !ok {
			idx[h.region] = map[string]map[string]bool{}
		}
		idx[h.region][h.zone][h.name] = true // want "nil map|inner map"
	}
	return idx
}

func main() {
	idx := index([]host{{"eu", "eu-1a", "web-1"}, {"eu", "eu-1b", "web-2"}})
	fmt.Println(len(idx))
}
