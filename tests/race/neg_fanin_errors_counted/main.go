// A link checker fetches every page of a site in its own goroutine. Each worker records the
// page's status in the shared result map under the checker's mutex and then sends its error on
// a channel with one slot per page; the caller receives once per page before it reads the
// map, so every worker has written before the report. The fan-out/fan-in idiom, without a
// WaitGroup: the receives are counted against the pages.
package main

import (
	"fmt"
	"sync"
)

type checker struct {
	mu     sync.Mutex
	status map[string]int
}

func (c *checker) fetch(page string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.status[page] = 200
	return nil
}

func (c *checker) checkAll(pages []string) error {
	errc := make(chan error, len(pages))
	for _, page := range pages {
		go func() {
			errc <- c.fetch(page)
		}()
	}
	var first error
	for range pages {
		if err := <-errc; err != nil && first == nil {
			first = err
		}
	}
	return first
}

func main() {
	c := &checker{status: map[string]int{}}
	if err := c.checkAll([]string{"/", "/about", "/pricing"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(len(c.status), c.status["/about"])
}
