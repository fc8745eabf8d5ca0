// Shape of a real fix: sourcegraph/sourcegraph-public-snapshot PR #38949, after the fix: the
// merge makes the env map when the command had none.
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
	if c.Env == nil && len(other.Env) > 0 {
		c.Env = make(map[string]string, len(other.Env))
	}
	for k, v := range other.Env {
		c.Env[k] = v
	}
}

func main() {
	commands := map[string]*Command{
		"frontend": {Cmd: "yarn start", Env: map[string]string{"PORT": "3080"}},
		"worker":   {Cmd: "./worker"},
	}
	overwrites := map[string]Command{
		"worker":   {Env: map[string]string{"LOG_LEVEL": "debug"}},
		"frontend": {Cmd: "pnpm start"},
	}
	for name, o := range overwrites {
		commands[name].Merge(o)
	}
	fmt.Println(len(commands), commands["worker"].Env)
}
