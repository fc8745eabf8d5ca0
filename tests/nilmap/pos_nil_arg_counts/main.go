// A log analyser passes nil for the histogram of a level it does not track.
package main

import (
	"fmt"
	"strings"
)

func tally(hist map[string]int, lines []string) {
	for _, l := range lines {
		word, _, _ := strings.Cut(l, " ")
		hist[word]++ // want "nil map"
	}
}

func main() {
	lines := []string{"GET /a", "POST /b", "GET /c"}
	errorsByPath := map[string]int{}
	var verbs map[string]int
	if len(lines) > 10 {
		verbs = map[string]int{}
	}
	tally(errorsByPath, nil)
	tally(verbs, lines)
	fmt.Println(verbs)
}
