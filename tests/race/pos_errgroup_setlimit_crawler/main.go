// A link checker limits itself to two concurrent checks with errgroup's SetLimit; the checks
// record broken links in a shared map. The limit lets two checks run at once (here the first
// two, which both find a broken link); it bounds concurrency, it does not order them.
package main

import (
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

func check(url string) int {
	if strings.Contains(url, "old") {
		return 404
	}
	return 200
}

func main() {
	urls := []string{"/old/api", "/old/faq", "/docs", "/blog"}
	broken := make(map[string]int)
	var g errgroup.Group
	g.SetLimit(2)
	for _, u := range urls {
		g.Go(func() error {
			if code := check(u); code != 200 {
				broken[u] = code // want "concurrent map write"
			}
			return nil
		})
	}
	_ = g.Wait()
	fmt.Println(len(broken))
}
