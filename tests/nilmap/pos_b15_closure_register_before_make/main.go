// A CLI tool's subcommands register through a closure over its command table. main makes the
// table only after registering the built-in commands (the make was moved down next to the plugin
// scan when that was added), so the first built-in registration writes into a nil map.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type command struct {
	help string
	run  func(args []string) error
}

type registerFunc func(name, help string, run func([]string) error)

func setupBuiltins(register registerFunc) {
	register("version", "print the version", func([]string) error {
		fmt.Println("opsctl 0.9.3")
		return nil
	})
	register("status", "show cluster status", func(args []string) error {
		fmt.Println("cluster ok, nodes:", strings.Join(args, ","))
		return nil
	})
}

func scanPlugins(register registerFunc, names []string) {
	for _, name := range names {
		register(name, "plugin "+name, func([]string) error {
			return errors.New(name + ": plugin not runnable here")
		})
	}
}

func main() {
	var commands map[string]command
	register := func(name, help string, run func([]string) error) {
		commands[name] = command{help: help, run: run} // want "nil map"
	}
	setupBuiltins(register)
	commands = make(map[string]command)
	scanPlugins(register, []string{"backup", "drain"})

	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("commands:", strings.Join(names, " "))
	if err := commands["status"].run([]string{"n1", "n2"}); err != nil {
		fmt.Println("error:", err)
	}
}
