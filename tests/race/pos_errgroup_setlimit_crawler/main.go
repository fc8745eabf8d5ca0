// A link checker limits itself to two concurrent checks with errgroup's SetLimit; the checks
// record broken links in a shared map, and the scheduling loop reads the map to stop early
// when too many links are broken. The limit bounds concurrency, it does not order the loop's
// read after the checks already running.
package main

import (
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

const maxBroken = 3

func check(url string) int {
	if strings.Contains(url, "old") {
		return 404
	}
	return 200
}

func main() {
	urls := []string{"/old/api", "/docs", "/old/faq", "/blog"}
	broken := make(map[string]int)
	var g errgroup.Group
	g.SetLimit(2)
	for _, u := range urls {
		if len(broken) >= maxBroken { // other access
			break
		}
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
