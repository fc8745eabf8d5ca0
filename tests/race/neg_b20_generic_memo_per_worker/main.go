// A generic Memo wraps a resolver with a closure-captured cache map and no lock; each of the
// link checker's errgroup workers memoizes the resolver for itself, so no cache is shared.
package main

import (
	"os"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"
)

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := make(map[K]V)
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func resolve(host string) string {
	return "10.0." + string(rune('0'+len(host)%10)) + ".1"
}

func main() {
	batches := [][]string{
		{"https://docs.example.com/a", "https://api.example.com/b"},
		{"https://cdn.example.com/c", "https://docs.example.com/d"},
	}
	results := make([][]string, len(batches))
	start := make(chan struct{})
	var g errgroup.Group
	for i, links := range batches {
		g.Go(func() error {
			lookup := Memo(resolve)
			<-start
			for _, link := range links {
				host := strings.SplitN(strings.TrimPrefix(link, "https://"), "/", 2)[0]
				results[i] = append(results[i], host+"@"+lookup(host))
			}
			return nil
		})
	}
	close(start)
	if err := g.Wait(); err != nil {
		os.Exit(1)
	}
	var all []string
	for _, r := range results {
		all = append(all, r...)
	}
	sort.Strings(all)
	os.Stdout.WriteString(strings.Join(all, "\n") + "\n")
}
