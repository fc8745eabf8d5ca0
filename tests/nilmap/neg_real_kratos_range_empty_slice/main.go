// Reduced from github.com/go-kratos/kratos/v2 v2.8.3, selector/wrr/wrr.go:51 (see
// neg_real_kratos_pick_empty_nodes), without the early return: the write sits in a `range` over
// a slice parameter, and the caller passes an empty slice literal to a struct whose map is nil,
// so the loop body never runs. A near miss: a loop over a slice argument known empty (a loop
// over a map parameter passed nil is already taken as not running). Our own rewrite.
package main

import "fmt"

type tally struct {
	counts map[string]int
}

func newTally() *tally {
	return &tally{counts: make(map[string]int)}
}

func (t *tally) addAll(words []string) int {
	for _, w := range words {
		t.counts[w]++
	}
	return len(t.counts)
}

func main() {
	t := newTally()
	fmt.Println(t.addAll([]string{"x", "y", "x"}))

	var idle tally
	fmt.Println(idle.addAll([]string{}))
}
