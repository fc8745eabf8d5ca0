// A site crawler walks its link graph with a generator: a goroutine sends each URL on an
// unbuffered channel after marking it queued in the shared state map, and the fetch loop marks
// each URL it receives as fetched. The generator's next mark races with the fetch loop's mark of
// the URL before it: the channel orders each send before its receive, not what follows them.
package main

import "fmt"

type Crawler struct {
	links map[string][]string
	state map[string]string
}

func (c *Crawler) frontier(start string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		queue := []string{start}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			if _, seen := c.links[u]; !seen {
				continue
			}
			c.state[u] = "queued" // want "concurrent map write"
			out <- u
			queue = append(queue, c.links[u]...)
		}
	}()
	return out
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
	fetched := 0
	for u := range c.frontier("/") {
		c.state[u] = "fetched" // other access
		fetched++
	}
	fmt.Println(fetched, "pages fetched")
}
