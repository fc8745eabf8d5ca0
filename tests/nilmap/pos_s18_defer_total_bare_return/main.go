// A word counter records the number of lines it read under a "_lines" key from a deferred
// function, so that every return path gets it. For an empty input it returns before making
// the counts map, and the deferred stamp writes into the nil named result.
package main

import (
	"fmt"
	"strings"
)

func tally(text string) (counts map[string]int) {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	defer func() {
		counts["_lines"] = len(lines) // want "nil map"
	}()
	if strings.TrimSpace(text) == "" {
		return
	}
	counts = make(map[string]int)
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			counts[strings.ToLower(w)]++
		}
	}
	return counts
}

func main() {
	fmt.Println(tally("the cat\nthe dog"))
	fmt.Println(tally("   "))
}
