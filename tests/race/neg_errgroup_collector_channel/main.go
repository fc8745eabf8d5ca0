// A link checker runs its checks in an errgroup and sends broken links over a channel to one
// collector goroutine, which owns the map; the channel is closed after g.Wait.
package main

import (
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

type result struct {
	url  string
	code int
}

func check(url string) int {
	if strings.Contains(url, "old") {
		return 404
	}
	return 200
}

func main() {
	urls := []string{"/docs", "/old/api", "/blog", "/old/faq"}
	results := make(chan result)
	broken := make(map[string]int)
	collected := make(chan struct{})
	go func() {
		for r := range results {
			broken[r.url] = r.code
		}
		close(collected)
	}()
	var g errgroup.Group
	g.SetLimit(2)
	for _, u := range urls {
		g.Go(func() error {
			if code := check(u); code != 200 {
				results <- result{u, code}
			}
			return nil
		})
	}
	_ = g.Wait()
	close(results)
	<-collected
	fmt.Println(len(broken))
}
