// A CLI builds a dispatch table of subcommands from value-receiver method values of its stats
// collector; the collector's counters are made when it is created, so every bound copy shares
// the made map.
package main

import (
	"fmt"
	"os"
)

type collector struct {
	prefix string
	hits   map[string]int
}

func (c collector) count(arg string) {
	c.hits[c.prefix+arg]++
}

func (c collector) show(arg string) {
	fmt.Println(arg, c.hits[c.prefix+arg])
}

func main() {
	c := collector{prefix: "cmd:", hits: make(map[string]int)}
	commands := map[string]func(string){
		"count": c.count,
		"show":  c.show,
	}
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
