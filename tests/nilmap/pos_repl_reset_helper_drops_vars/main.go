// A small query console keeps session variables per connection. The "reset" command calls a
// helper that drops the variables map to free it, and nothing makes it again, so the first
// "set" after a reset writes into a nil map.
package main

import (
	"fmt"
	"strings"
)

type console struct {
	vars    map[string]string
	history []string
}

func newConsole() *console {
	return &console{vars: make(map[string]string)}
}

func (c *console) clear() {
	c.vars = nil
	c.history = c.history[:0]
}

func (c *console) exec(line string) string {
	c.history = append(c.history, line)
	cmd, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	switch cmd {
	case "set":
		name, value, ok := strings.Cut(rest, "=")
		if !ok {
			return "usage: set name=value"
		}
		c.vars[name] = value // want "nil map"
		return "ok"
	case "get":
		return c.vars[rest]
	case "reset":
		c.clear()
		return "session reset"
	}
	return "unknown command " + cmd
}

func main() {
	c := newConsole()
	for _, line := range []string{"set region=eu-west", "get region", "reset", "set region=us-east"} {
		fmt.Println(">", line)
		fmt.Println(c.exec(line))
	}
}
