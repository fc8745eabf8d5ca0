// A webhook client clones a request template per delivery; Clone copies the headers into a map
// it makes, so the ping template, declared without headers, still gets a map to stamp the
// delivery ID into.
package main

import (
	"fmt"
	"maps"
)

type RequestTemplate struct {
	Path    string
	Headers map[string]string
}

func (t *RequestTemplate) Clone() *RequestTemplate {
	c := *t
	c.Headers = make(map[string]string, len(t.Headers))
	maps.Copy(c.Headers, t.Headers)
	return &c
}

var templates = map[string]*RequestTemplate{
	"order.created": {Path: "/hooks/orders", Headers: map[string]string{"Content-Type": "application/json"}},
	"ping":          {Path: "/hooks/ping"},
}

func deliver(event string, seq int) (string, error) {
	tmpl, ok := templates[event]
	if !ok {
		return "", fmt.Errorf("no template for %s", event)
	}
	req := tmpl.Clone()
	req.Headers["X-Delivery"] = fmt.Sprintf("dlv-%06d", seq)
	return fmt.Sprintf("%s %d headers", req.Path, len(req.Headers)), nil
}

func main() {
	for i, ev := range []string{"order.created", "ping"} {
		line, err := deliver(ev, i+1)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(line)
	}
}
