// A crawler bounds its fetches with golang.org/x/sync/semaphore, a Weighted of three, and each
// visit records the page's status in the crawler's visited map while it still holds its unit.
// A weighted semaphore with room for three is a limit, not a lock: two visits hold units at the
// same time and write the map together.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/semaphore"
)

type crawler struct {
	sem     *semaphore.Weighted
	fetch   func(url string) int
	visited map[string]int
}

func (c *crawler) visit(ctx context.Context, url string) error {
	if err := c.sem.Acquire(ctx, 1); err != nil {
		return err
	}
	defer c.sem.Release(1)
	status := c.fetch(url)
	c.visited[url] = status // want "concurrent map write"
	return nil
}

// origin stands for the site under test: it answers the requests of a batch together, once
// every request of the batch has arrived.
type origin struct {
	arrived sync.WaitGroup
	status  map[string]int
}

func (o *origin) fetch(url string) int {
	o.arrived.Done()
	o.arrived.Wait()
	return o.status[url]
}

func main() {
	site := &origin{status: map[string]int{"/": 200, "/pricing": 200, "/old-blog": 404}}
	urls := []string{"/", "/pricing", "/old-blog"}
	site.arrived.Add(len(urls))
	c := &crawler{
		sem:     semaphore.NewWeighted(3),
		fetch:   site.fetch,
		visited: make(map[string]int),
	}
	ctx := context.Background()
	errs := make([]error, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Go(func() { errs[i] = c.visit(ctx, u) })
	}
	wg.Wait()
	pages := make([]string, 0, len(c.visited))
	for u, code := range c.visited {
		pages = append(pages, fmt.Sprintf("%s=%d", u, code))
	}
	sort.Strings(pages)
	fmt.Println(pages, errs)
}
