// An API gateway keeps per-route stats by value and updates them with the upsert idiom
// through a pointer method that records one response; the method makes the per-status map
// on first use, so a route seen for the first time is recorded safely.
package main

import (
	"fmt"
	"sort"
)

type routeStats struct {
	requests int
	byStatus map[int]int
}

func (s *routeStats) record(status int) {
	s.requests++
	if s.byStatus == nil {
		s.byStatus = make(map[int]int)
	}
	s.byStatus[status]++
}

type gateway struct {
	stats map[string]routeStats
}

func (g *gateway) observe(route string, status int) {
	s := g.stats[route]
	s.record(status)
	g.stats[route] = s
}

func main() {
	g := &gateway{stats: map[string]routeStats{
		"/health": {byStatus: map[int]int{}},
	}}
	g.observe("/health", 200)
	g.observe("/orders", 201)
	routes := make([]string, 0, len(g.stats))
	for r := range g.stats {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	fmt.Println(routes, g.stats["/orders"].byStatus)
}
