// A link checker bounds its parallel fetches with a buffered channel of capacity two and
// records each result under a mutex of its own while holding its slot, so the two workers
// that hold slots at once store into the results map one after the other.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

const maxParallel = 2

type checker struct {
	slots   chan struct{}
	mu      sync.Mutex
	results map[string]int
}

// status stands in for a HEAD request and its latency.
func status(url string) int {
	time.Sleep(time.Millisecond)
	if strings.HasSuffix(url, "/old") {
		return 404
	}
	return 200
}

func (c *checker) check(url string) {
	c.slots <- struct{}{}
	defer func() { <-c.slots }()
	code := status(url)
	c.mu.Lock()
	c.results[url] = code
	c.mu.Unlock()
}

func main() {
	c := &checker{slots: make(chan struct{}, maxParallel), results: make(map[string]int)}
	home := "https://example.com/"
	links := []string{
		"https://example.com/docs",
		"https://example.com/old",
		"https://example.com/blog",
		"https://example.com/pricing",
		"https://example.com/careers",
		"https://example.com/blog/old",
	}
	queue := make(chan string, len(links))
	for _, url := range links {
		queue <- url
	}
	close(queue)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for url := range queue {
				c.check(url)
			}
		}()
	}
	c.check(home)
	wg.Wait()

	var broken []string
	for url, code := range c.results {
		if code >= 400 {
			broken = append(broken, fmt.Sprintf("%s (%d)", url, code))
		}
	}
	sort.Strings(broken)
	fmt.Fprintln(os.Stdout, "checked", len(c.results), "broken", broken)
}
