// A link checker collects the distinct hosts its pages link to in a generic Set, a named map
// type whose Add method writes the map. Each page is scanned in its own errgroup goroutine
// into a Set of its own, and main adds the page sets together after Wait.
package main

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) { s[v] = struct{}{} }

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
	paths := []string{"/", "/blog", "/about"}
	perPage := make([]Set[string], len(paths))
	var g errgroup.Group
	for i, path := range paths {
		perPage[i] = make(Set[string])
		g.Go(func() error { return scan(pages[path], perPage[i]) })
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
		return
	}
	hosts := make(Set[string])
	for _, s := range perPage {
		for h := range s {
			hosts.Add(h)
		}
	}
	fmt.Println(hosts.Sorted(strings.Compare))
}
