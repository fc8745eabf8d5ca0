// A near miss of neg_real_kratos_range_empty_slice: a word counter whose map only its
// constructor makes counts inside a `range` over the slice it is given. A zero counter that is
// handed no words never runs the loop, but this one is handed a slice with one word, so the
// loop runs and writes into the nil map.
package main

import "fmt"

type counter struct {
	seen map[string]int
}

func newCounter() *counter {
	return &counter{seen: make(map[string]int)}
}

func (c *counter) feed(words []string) int {
	for _, w := range words {
		c.seen[w]++ // want "nil map"
	}
	return len(c.seen)
}

func main() {
	c := newCounter()
	fmt.Println(c.feed([]string{"a", "b", "a"}))

	var spare counter
	fmt.Println(spare.feed(make([]string, 1)))
}
