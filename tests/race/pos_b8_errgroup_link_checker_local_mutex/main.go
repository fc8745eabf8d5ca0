// A link checker fetches every link of a site map in parallel with an errgroup and records
// each link's status code. The record helper takes a mutex to guard the table, but the mutex
// is a local variable of the helper, so every call locks a mutex of its own.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type checker struct {
	status map[string]int // url -> HTTP status
}

func (c *checker) record(url string, code int) {
	var mu sync.Mutex // root cause
	mu.Lock()
	defer mu.Unlock()
	c.status[url] = code // want "concurrent map write"
}

// fetchStatus stands in for a HEAD request.
func fetchStatus(url string) int {
	if strings.HasSuffix(url, "/old-pricing") {
		return 404
	}
	return 200
}

func main() {
	links := []string{"https://example.com/docs", "https://example.com/old-pricing", "https://example.com/blog"}
	c := &checker{status: make(map[string]int)}
	var arrived sync.WaitGroup
	arrived.Add(len(links))
	var g errgroup.Group
	for _, link := range links {
		g.Go(func() error {
			code := fetchStatus(link)
			arrived.Done()
			arrived.Wait() // every fetch is done before any is recorded
			c.record(link, code)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	broken := []string{}
	for url, code := range c.status {
		if code >= 400 {
			broken = append(broken, url)
		}
	}
	sort.Strings(broken)
	fmt.Println("broken:", broken)
}
