// A search index builder presizes its position map only when there is more than one word to
// index, to skip the allocation for trivial queries; a one-word query still runs the loop,
// which writes into the nil map (a near miss of neg_presize_guard_map_range: the guard needs
// more than one element, not one).
package main

import (
	"fmt"
	"strings"
)

func positions(query string) map[string]int {
	words := strings.Fields(query)
	var at map[string]int
	if len(words) > 1 {
		at = make(map[string]int, len(words))
	}
	for i, w := range words {
		at[w] = i // want "nil map"
	}
	return at
}

func main() {
	fmt.Println(positions("golang maps"))
	fmt.Println(positions("runtime"))
}
