// An outbound webhook client keeps request templates by event and clones one per delivery, so
// a delivery's headers never leak into the template. Clone copies the headers with maps.Clone,
// which returns nil for a nil map; the ping template was declared without headers, so the
// delivery ID stamped on its clone goes into a nil map.
package main

import (
	"fmt"
	"maps"
	"sort"
	"strings"
)

type RequestTemplate struct {
	Method  string
	Path    string
	Headers map[string]string
}

func (t *RequestTemplate) Clone() *RequestTemplate {
	c := *t
	c.Headers = maps.Clone(t.Headers)
	return &c
}

var templates = map[string]*RequestTemplate{
	"order.created": {Method: "POST", Path: "/hooks/orders", Headers: map[string]string{"Content-Type": "application/json"}},
	"ping":          {Method: "GET", Path: "/hooks/ping"},
}

func deliver(event string, seq int) (string, error) {
	tmpl, ok := templates[event]
	if !ok {
		return "", fmt.Errorf("no template for %s", event)
	}
	req := tmpl.Clone()
	req.Headers["X-Delivery"] = fmt.Sprintf("dlv-%06d", seq) // want "nil map"
	keys := make([]string, 0, len(req.Headers))
	for k := range req.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return req.Method + " " + req.Path + " [" + strings.Join(keys, ",") + "]", nil
}

func main() {
	for i, ev := range []string{"order.created", "ping", "order.created"} {
		line, err := deliver(ev, i+1)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(line)
	}
	fmt.Println(len(templates["order.created"].Headers), "template headers")
}
