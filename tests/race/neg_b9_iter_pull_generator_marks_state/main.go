// A site crawler walks its link graph with a generator: an iterator marks each URL queued in the
// shared state map before yielding it, and the fetch loop pulls URLs with iter.Pull and marks
// each one fetched. iter.Pull runs the iterator as a coroutine, not a goroutine: it only runs
// while the loop waits in next, so the marks never overlap.
package main

import (
	"fmt"
	"iter"
)

type Crawler struct {
	links map[string][]string
	state map[string]string
}

func (c *Crawler) frontier(start string) iter.Seq[string] {
	return func(yield func(string) bool) {
		queue := []string{start}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			if _, seen := c.links[u]; !seen {
				continue
			}
			c.state[u] = "queued"
			if !yield(u) {
				return
			}
			queue = append(queue, c.links[u]...)
		}
	}
}

func main() {
	c := &Crawler{
		links: map[string][]string{
			"/":         {"/docs", "/blog"},
			"/docs":     {"/docs/api"},
			"/blog":     {},
			"/docs/api": {},
		},
		state: make(map[string]string),
	}
	next, stop := iter.Pull(c.frontier("/"))
	defer stop()
	fetched := 0
	for {
		u, ok := next()
		if !ok {
			break
		}
		c.state[u] = "fetched"
		fetched++
	}
	fmt.Println(fetched, "pages fetched")
}
