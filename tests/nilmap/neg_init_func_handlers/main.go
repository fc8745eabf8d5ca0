// A command table is made in init(); main registers into it.
package main

import (
	"fmt"
	"os"
)

var commands map[string]func([]string) int

func init() {
	commands = make(map[string]func([]string) int)
	commands["version"] = func([]string) int { fmt.Println("v1.2.3"); return 0 }
}

func main() {
	commands["help"] = func([]string) int { fmt.Println("usage: tool CMD"); return 0 }
	if code := commands["version"](os.Args); code != 0 {
		os.Exit(code)
	}
}
