// A docs crawler fetches pages in an errgroup, and each page task hands its first link to a
// prefetch started in the same group before the task returns, so g.Wait also waits for the
// prefetches and the report ranges the cache after all of them stored.
package main

import (
	"os"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

var site = map[string][]string{
	"/":        {"/guide", "/api"},
	"/guide":   {"/guide/install"},
	"/api":     {"/api/v2"},
	"/api/v2":  nil,
	"/missing": nil,
}

type Crawler struct {
	mu    sync.Mutex
	cache map[string]int
	bg    sync.WaitGroup
}

func (c *Crawler) store(page string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cache[page] = len(site[page])
}

func (c *Crawler) crawl(pages []string) error {
	var g errgroup.Group
	for _, page := range pages {
		g.Go(func() error {
			c.store(page)
			if links := site[page]; len(links) > 0 {
				g.Go(func() error { c.store(links[0]); return nil })
			}
			return nil
		})
	}
	return g.Wait()
}

func main() {
	c := &Crawler{cache: make(map[string]int)}
	if err := c.crawl([]string{"/", "/guide", "/api"}); err != nil {
		os.Exit(1)
	}
	var report []string
	for page := range c.cache {
		report = append(report, page)
	}
	c.bg.Wait()
	sort.Strings(report)
	os.Stdout.WriteString(strings.Join(report, " ") + "\n")
}
