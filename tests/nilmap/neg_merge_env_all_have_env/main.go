// Every command starts with an env map, so merging env vars from the overwrites is safe.
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
	commands := map[string]*Command{
		"frontend": {Cmd: "yarn start", Env: map[string]string{"PORT": "3080"}},
		"worker":   {Cmd: "./worker", Env: map[string]string{}},
	}
	overwrites := map[string]Command{
		"worker": {Env: map[string]string{"LOG_LEVEL": "debug"}},
	}
	for name, o := range overwrites {
		commands[name].Merge(o)
	}
	fmt.Println(len(commands))
}
