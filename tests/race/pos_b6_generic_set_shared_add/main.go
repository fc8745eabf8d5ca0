// A link checker collects the distinct hosts its pages link to in a generic Set, a named map
// type whose Add method writes the map. Each page is scanned in its own errgroup goroutine,
// and every goroutine adds to the one Set it was given.
package main

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) { s[v] = struct{}{} } // want "concurrent map write"

func (s Set[T]) Sorted(less func(a, b T) int) []T {
	out := make([]T, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	slices.SortFunc(out, less)
	return out
}

var pages = map[string]string{
	"/":      "https://go.dev/doc https://pkg.go.dev/net/url",
	"/blog":  "https://go.dev/blog https://github.com/golang/go",
	"/about": "https://example.org/team",
}

func scan(body string, hosts Set[string]) error {
	for _, link := range strings.Fields(body) {
		u, err := url.Parse(link)
		if err != nil {
			return err
		}
		hosts.Add(u.Host)
	}
	return nil
}

func main() {
	hosts := make(Set[string])
	var g errgroup.Group
	for _, path := range []string{"/", "/blog", "/about"} {
		g.Go(func() error { return scan(pages[path], hosts) })
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(hosts.Sorted(strings.Compare))
}
