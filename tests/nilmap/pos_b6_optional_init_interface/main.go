// An exporter host loads output plugins and calls Init on those that have one, through an
// optional interface checked with a type assertion. The CSV plugin's set-up method is named
// Initialize, so it does not satisfy the interface, is never called, and the plugin's first
// Write stores its column index into a nil map.
package main

import (
	"fmt"
	"strings"
)

type Plugin interface {
	Write(record map[string]string) string
}

type initer interface {
	Init()
}

type csvPlugin struct {
	columns map[string]int
	order   []string
}

func (c *csvPlugin) Initialize() { c.columns = make(map[string]int) }

func (c *csvPlugin) Write(record map[string]string) string {
	for _, k := range []string{"id", "name", "email"} {
		if _, ok := record[k]; !ok {
			continue
		}
		if _, seen := c.columns[k]; !seen {
			c.columns[k] = len(c.order) // want "nil map"
			c.order = append(c.order, k)
		}
	}
	vals := make([]string, len(c.order))
	for i, k := range c.order {
		vals[i] = record[k]
	}
	return strings.Join(vals, ",")
}

func load(plugins ...Plugin) []Plugin {
	for _, p := range plugins {
		if in, ok := p.(initer); ok {
			in.Init()
		}
	}
	return plugins
}

func main() {
	for _, p := range load(&csvPlugin{}) {
		fmt.Println(p.Write(map[string]string{"id": "7", "name": "ana"}))
		fmt.Println(p.Write(map[string]string{"id": "8", "email": "bo@example.org"}))
	}
}
