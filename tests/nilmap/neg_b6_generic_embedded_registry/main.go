// A command shell embeds a generic Registry of command handlers (registry.go) and registers
// its built-in commands at start-up. The shell is built with a composite literal that fills
// the embedded registry from NewRegistry, so every promoted Register writes to a made map.
package main

import (
	"fmt"
	"strings"
)

type Command func(args []string) string

type Shell struct {
	Registry[Command]
	prompt string
}

func (s *Shell) Run(line string) string {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return ""
	}
	cmd, ok := s.Lookup(fields[0])
	if !ok {
		return "unknown command " + fields[0]
	}
	return cmd(fields[1:])
}

func main() {
	s := &Shell{Registry: NewRegistry[Command](), prompt: "> "}
	s.Register("echo", func(args []string) string { return strings.Join(args, " ") })
	s.Register("count", func(args []string) string { return fmt.Sprint(len(args)) })
	for _, line := range []string{"echo hello world", "count a b c", "quit"} {
		fmt.Println(s.prompt+line, "=>", s.Run(line))
	}
	fmt.Println("commands:", s.order)
}
