// A link checker fetches every page of a site in its own goroutine and receives once per page
// from the error channel, as neg_fanin_errors_counted does, but each worker reports its
// validation error before it records the page's status: the caller's counted receives wait
// for the reports, not for the writes, and it reads the result map while the workers are
// still writing it. (A WaitGroup keeps the program alive until the workers are done.)
package main

import (
	"fmt"
	"strings"
	"sync"
)

type checker struct {
	mu     sync.Mutex
	status map[string]int
}

func (c *checker) fetch(page string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.status[page] = 200 // want "concurrent map write"
}

func validate(page string) error {
	if !strings.HasPrefix(page, "/") {
		return fmt.Errorf("bad page %q", page)
	}
	return nil
}

func (c *checker) checkAll(pages []string, all *sync.WaitGroup) error {
	errc := make(chan error, len(pages))
	for _, page := range pages {
		all.Add(1)
		go func() {
			defer all.Done()
			errc <- validate(page)
			c.fetch(page)
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
	var all sync.WaitGroup
	if err := c.checkAll([]string{"/", "/about", "/pricing"}, &all); err != nil {
		fmt.Println(err)
	}
	fmt.Println(len(c.status)) // other access
	all.Wait()
}
