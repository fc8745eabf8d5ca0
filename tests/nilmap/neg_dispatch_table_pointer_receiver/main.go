// A CLI builds a dispatch table of subcommands from method values of its stats collector
// before it makes the collector's counters. The methods have pointer receivers, so the table
// holds the collector itself and sees the map made afterwards.
package main

import (
	"fmt"
	"os"
)

type collector struct {
	prefix string
	hits   map[string]int
}

func (c *collector) count(arg string) {
	c.hits[c.prefix+arg]++
}

func (c *collector) show(arg string) {
	fmt.Println(arg, c.hits[c.prefix+arg])
}

func main() {
	c := collector{prefix: "cmd:"}
	commands := map[string]func(string){
		"count": c.count,
		"show":  c.show,
	}
	c.hits = make(map[string]int)
	args := []string{"count", "show"}
	if len(os.Args) > 1 {
		args = os.Args[1:]
	}
	for _, a := range args {
		if run, ok := commands[a]; ok {
			run("x")
		}
	}
}
