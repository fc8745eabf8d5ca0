// A webhook sender keeps its request templates in a package-level table; the ping template has
// no headers, but the sender stamps a delivery id only on the order template it looks up by
// name, which was declared with its headers.
package main

import (
	"fmt"
	"sort"
)

type RequestTemplate struct {
	Method  string
	Path    string
	Headers map[string]string
}

var templates = map[string]*RequestTemplate{
	"order.created": {Method: "POST", Path: "/hooks/orders", Headers: map[string]string{"Content-Type": "application/json"}},
	"ping":          {Method: "GET", Path: "/hooks/ping"},
}

func stampOrders(seq int) {
	tmpl := templates["order.created"]
	tmpl.Headers["X-Delivery"] = fmt.Sprintf("dlv-%06d", seq)
}

func main() {
	stampOrders(7)
	names := make([]string, 0, len(templates))
	for n := range templates {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, templates[n].Method, templates[n].Path, len(templates[n].Headers))
	}
}
