// A command without env is merged with an overwrite that has no env either: Merge's loop over
// the overwrite's env never runs, so the nil env map is never written.
package main

import "fmt"

type Command struct {
	Cmd string
	Env map[string]string
}

func (c *Command) Merge(other Command) {
	if other.Cmd != "" {
		c.Cmd = other.Cmd
	}
	for k, v := range other.Env {
		c.Env[k] = v
	}
}

func main() {
	c := &Command{Cmd: "./worker"}
	c.Merge(Command{Cmd: "./worker --verbose"})
	fmt.Println(c.Cmd)
}
