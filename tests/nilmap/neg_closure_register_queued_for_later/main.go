// A CLI tool's subcommands register through a closure over its command table. main hands the
// closure to the built-in setup before it makes the table, but the setup only queues the
// registrations, which main runs after the make, so every registration has a map.
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

// pending holds the registrations that run once the command table exists.
var pending []func()

func setupBuiltins(register registerFunc) {
	pending = append(pending, func() { setupBuiltinsNow(register) })
}

func setupBuiltinsNow(register registerFunc) {
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
		commands[name] = command{help: help, run: run}
	}
	setupBuiltins(register)
	commands = make(map[string]command)
	for _, run := range pending {
		run()
	}
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
