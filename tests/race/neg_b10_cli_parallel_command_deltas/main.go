// A provisioning CLI runs a script of commands from a table of closures. To speed up long scripts
// it runs every line in parallel with errgroup; each line's command records its changes in a
// delta map of its own, and the runner applies the deltas to the env map after Wait.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type command func(args []string) error

// commands returns the command table for one line, writing into that line's delta (an empty
// value means unset).
func commands(delta map[string]string) map[string]command {
	return map[string]command{
		"set": func(args []string) error {
			if len(args) != 2 {
				return fmt.Errorf("set: want NAME VALUE")
			}
			delta[args[0]] = args[1]
			return nil
		},
		"unset": func(args []string) error {
			for _, name := range args {
				delta[name] = ""
			}
			return nil
		},
	}
}

func runScript(script string, env map[string]string) error {
	lines := strings.Split(strings.TrimSpace(script), "\n")
	deltas := make([]map[string]string, len(lines))
	var g errgroup.Group
	var ready sync.WaitGroup
	ready.Add(len(lines))
	for i, line := range lines {
		deltas[i] = make(map[string]string)
		fields := strings.Fields(line)
		cmd, ok := commands(deltas[i])[fields[0]]
		if !ok {
			return fmt.Errorf("unknown command %q", fields[0])
		}
		g.Go(func() error {
			ready.Done()
			ready.Wait() // every line starts together
			return cmd(fields[1:])
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for _, d := range deltas {
		for k, v := range d {
			if v == "" {
				delete(env, k)
			} else {
				env[k] = v
			}
		}
	}
	return nil
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
