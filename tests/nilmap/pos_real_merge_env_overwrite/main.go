// Shape of a real fix: sourcegraph/sourcegraph-public-snapshot PR #38949 ("sg: Fix nil map panic
// when merging envs from overwrites"): a command without env got env vars from an overwrite file.
// This program is our own reproduction of that shape, not the project's code.
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
		c.Env[k] = v // want "nil map"
	}
}

func main() {
	commands := map[string]*Command{
		"frontend": {Cmd: "yarn start", Env: map[string]string{"PORT": "3080"}},
		"worker":   {Cmd: "./worker"},
	}
	overwrites := map[string]Command{
		"worker": {Env: map[string]string{"LOG_LEVEL": "debug"}},
	}
	for name, o := range overwrites {
		commands[name].Merge(o)
	}
	fmt.Println(len(commands))
}
