// A load balancer merges its static backends (from flags, no labels) with the ones service
// discovery reports (with labels), sorts them by address and drops duplicates with
// slices.CompactFunc, which keeps the first of each run. The static entry sorts first and keeps
// a nil Labels map, so the zone tagging makes the map of any backend that has none.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Backend struct {
	Addr   string
	Weight int
	Labels map[string]string
}

func static(addrs string) []Backend {
	var out []Backend
	for _, a := range strings.Split(addrs, ",") {
		out = append(out, Backend{Addr: a, Weight: 1})
	}
	return out
}

func discovered() []Backend {
	return []Backend{
		{Addr: "10.0.1.7:8080", Weight: 3, Labels: map[string]string{"version": "v2"}},
		{Addr: "10.0.2.9:8080", Weight: 3, Labels: map[string]string{"version": "v2"}},
	}
}

func zoneOf(addr string) string {
	if strings.HasPrefix(addr, "10.0.1.") {
		return "zone-a"
	}
	return "zone-b"
}

func main() {
	pool := append(static("10.0.1.7:8080"), discovered()...)
	slices.SortFunc(pool, func(a, b Backend) int { return cmp.Compare(a.Addr, b.Addr) })
	pool = slices.CompactFunc(pool, func(a, b Backend) bool { return a.Addr == b.Addr })
	for i := range pool {
		if pool[i].Labels == nil {
			pool[i].Labels = make(map[string]string)
		}
		pool[i].Labels["zone"] = zoneOf(pool[i].Addr)
	}
	for _, b := range pool {
		fmt.Println(b.Addr, b.Weight, b.Labels)
	}
}
