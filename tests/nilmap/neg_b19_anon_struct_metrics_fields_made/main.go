// An API gateway groups its counters in an anonymous struct field; the constructor makes both
// the per-route and the per-status map, so every response the gateway records writes into a
// made map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Gateway struct {
	upstream string
	routes   map[string]int
	metrics  struct {
		requests int
		byRoute  map[string]int
		byStatus map[int]int
	}
}

func NewGateway(upstream string, routes map[string]int) *Gateway {
	g := &Gateway{upstream: upstream, routes: routes}
	g.metrics.byRoute = make(map[string]int)
	g.metrics.byStatus = make(map[int]int)
	return g
}

func (g *Gateway) Serve(path string) int {
	g.metrics.requests++
	route := path
	if i := strings.IndexByte(path[1:], '/'); i >= 0 {
		route = path[:i+1]
	}
	g.metrics.byRoute[route]++
	status, ok := g.routes[route]
	if !ok {
		status = 404
	}
	g.metrics.byStatus[status]++
	return status
}

func (g *Gateway) Summary() string {
	codes := make([]int, 0, len(g.metrics.byStatus))
	for c := range g.metrics.byStatus {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	var b strings.Builder
	fmt.Fprintf(&b, "%s requests=%d", g.upstream, g.metrics.requests)
	for _, c := range codes {
		fmt.Fprintf(&b, " %d:%d", c, g.metrics.byStatus[c])
	}
	return b.String()
}

func main() {
	g := NewGateway("orders.internal:8080", map[string]int{"/orders": 200, "/health": 204})
	for _, p := range []string{"/orders/17", "/health", "/admin/users", "/orders/18"} {
		g.Serve(p)
	}
	fmt.Println(g.Summary())
}
