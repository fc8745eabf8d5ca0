// A CLI tool's subcommands register through a closure over its command table. main declares
// the table and the closure first, but makes the table before it hands the closure to the
// built-in setup, so every registration writes into a made map.
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
		commands[name] = command{help: help, run: run}
	}
	commands = make(map[string]command)
	setupBuiltins(register)
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
