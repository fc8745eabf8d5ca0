// A link checker's Start launches one goroutine per URL and returns the results map together
// with a wait function. The caller peeks at the results to print early progress before it
// calls wait, while the checkers are still storing into the map.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Fetcher interface {
	Status(url string) int
}

type fakeWeb map[string]int

func (f fakeWeb) Status(url string) int {
	if s, ok := f[url]; ok {
		return s
	}
	return 404
}

type Checker struct {
	web     Fetcher
	started sync.WaitGroup // checkers and the progress printer begin together
}

func (c *Checker) Start(urls []string) (map[string]int, func()) {
	results := make(map[string]int, len(urls))
	var wg sync.WaitGroup
	c.started.Add(1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.started.Done()
		c.started.Wait()
		for _, u := range urls {
			results[u] = c.web.Status(u) // want "concurrent map write"
		}
	}()
	return results, wg.Wait
}

func main() {
	c := &Checker{web: fakeWeb{"https://example.com/": 200, "https://example.com/old": 301}}
	c.started.Add(1)
	results, wait := c.Start([]string{"https://example.com/", "https://example.com/old", "https://example.com/gone"})
	c.started.Done()
	c.started.Wait()
	early := results["https://example.com/"] // other access
	wait()
	urls := make([]string, 0, len(results))
	for u := range results {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		fmt.Println(results[u], u)
	}
	fmt.Println("early:", early)
}
