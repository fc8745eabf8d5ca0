// A provisioning CLI runs a script of commands from a table of closures over the tool's variable
// environment. To speed up long scripts it runs every line in parallel with errgroup, assuming
// the lines are independent; set and unset both write the one env map.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type command func(args []string) error

func commands(env map[string]string) map[string]command {
	return map[string]command{
		"set": func(args []string) error {
			if len(args) != 2 {
				return fmt.Errorf("set: want NAME VALUE")
			}
			env[args[0]] = args[1] // want "concurrent map write"
			return nil
		},
		"unset": func(args []string) error {
			for _, name := range args {
				delete(env, name) // other access
			}
			return nil
		},
	}
}

func runScript(script string, env map[string]string) error {
	table := commands(env)
	lines := strings.Split(strings.TrimSpace(script), "\n")
	var g errgroup.Group
	var ready sync.WaitGroup
	ready.Add(len(lines))
	for _, line := range lines {
		fields := strings.Fields(line)
		cmd, ok := table[fields[0]]
		if !ok {
			return fmt.Errorf("unknown command %q", fields[0])
		}
		g.Go(func() error {
			ready.Done()
			ready.Wait() // every line starts together
			return cmd(fields[1:])
		})
	}
	return g.Wait()
}

func main() {
	env := map[string]string{"LEGACY_DSN": "postgres://old", "REGION": "eu-west-1"}
	script := `
set CLUSTER prod-eu
set REPLICAS 3
unset LEGACY_DSN`
	if err := runScript(script, env); err != nil {
		fmt.Println("error:", err)
	}
	keys := make([]string, 0, len(env))
	for k, v := range env {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
