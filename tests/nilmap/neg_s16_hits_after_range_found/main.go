// Near miss of the writes after a range loop that nil-map-write follows: a prefix router counts
// hits per matched route, and this deployment registers no routes. The hits map is never made,
// but the count runs only when the loop over the routes found a prefix, which an empty route
// table never does, so the program runs clean.
package main

import (
	"fmt"
	"strings"
)

type router struct {
	routes map[string]string // prefix -> backend
	hits   map[string]int
}

func (r *router) match(path string) string {
	best := ""
	for prefix := range r.routes {
		if strings.HasPrefix(path, prefix) && len(prefix) > len(best) {
			best = prefix
		}
	}
	if best != "" {
		r.hits[best]++
	}
	return r.routes[best]
}

func main() {
	r := &router{}
	for _, p := range []string{"/api/users", "/static/app.js"} {
		fmt.Printf("%s -> %q\n", p, r.match(p))
	}
}
