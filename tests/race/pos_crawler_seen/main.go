// A crawler that fetches each page's links in its own goroutine and remembers visited URLs in
// a shared set with no lock: the instances race on the set.
package main

import (
	"fmt"
	"sync"
)

var site = map[string][]string{
	"/":      {"/a", "/b"},
	"/a":     {"/b", "/c"},
	"/b":     {"/c"},
	"/c":     {"/"},
	"/extra": nil,
}

type crawler struct {
	seen map[string]bool
	wg   sync.WaitGroup
}

func (c *crawler) visitAll(urls []string) {
	for _, u := range urls {
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			if c.seen[u] { // other access
				return
			}
			c.seen[u] = true // want "concurrent map write"
		}()
	}
}

func main() {
	c := &crawler{seen: make(map[string]bool)}
	c.visitAll(site["/"])
	c.visitAll(site["/a"])
	c.wg.Wait()
	fmt.Println(len(c.seen))
}
