// An HTTP client library keeps request templates by name. Callers take a copy of a template
// and add their auth header before sending. A template name that was never registered yields
// the zero template from the map lookup, whose Headers map is nil.
package main

import (
	"fmt"
	"strings"
)

type RequestTemplate struct {
	Method  string
	Path    string
	Headers map[string]string
}

type Client struct {
	base      string
	templates map[string]RequestTemplate
}

func NewClient(base string) *Client {
	return &Client{
		base: base,
		templates: map[string]RequestTemplate{
			"list-users":  {Method: "GET", Path: "/users", Headers: map[string]string{"Accept": "application/json"}},
			"create-user": {Method: "POST", Path: "/users", Headers: map[string]string{"Content-Type": "application/json"}},
		},
	}
}

func (c *Client) Prepare(name, token string) string {
	tpl := c.templates[name]
	tpl.Headers["Authorization"] = "Bearer " + token // want "nil map"
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s%s", tpl.Method, c.base, tpl.Path)
	for k, v := range tpl.Headers {
		fmt.Fprintf(&b, " [%s=%s]", k, v)
	}
	return b.String()
}

func main() {
	c := NewClient("https://api.example.com")
	fmt.Println(len(c.Prepare("list-users", "t0k3n")) > 0)
	fmt.Println(c.Prepare("delete-user", "t0k3n"))
}
