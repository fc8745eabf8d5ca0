// A key-value CLI dispatches commands through a table of closures over its store. The setup
// script's `set` lines run first, one at a time; then the report runs its `get` lines in
// parallel. Only `get` runs concurrently, and it only reads, so the store is safe. Near miss of
// pos_b10_cli_parallel_command_closures: the table holds a writer, but the parallel calls look
// up the reader by a constant key.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type command func(args []string) string

func commands(store map[string]string) map[string]command {
	return map[string]command{
		"set": func(args []string) string {
			store[args[0]] = args[1]
			return "ok"
		},
		"get": func(args []string) string {
			return store[args[0]]
		},
	}
}

func main() {
	store := map[string]string{}
	table := commands(store)
	for _, line := range []string{"set region eu-west-1", "set replicas 3", "set tier gold"} {
		fields := strings.Fields(line)
		table[fields[0]](fields[1:])
	}
	keys := []string{"region", "replicas", "tier"}
	values := make([]string, len(keys))
	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Go(func() {
			values[i] = table["get"]([]string{key})
		})
	}
	wg.Wait()
	fmt.Println(strings.Join(values, ","))
}
