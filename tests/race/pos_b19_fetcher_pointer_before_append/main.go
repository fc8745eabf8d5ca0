// A crawler keeps its fetchers in a slice of structs, each with a mutex and a per-host count
// map; the first fetcher's address is taken before registering one more grows the slice, so
// its goroutine locks the old copy's mutex while main locks the new copy's, around one map.
package main

import (
	"net/url"
	"os"
	"strconv"
	"sync"
)

type Fetcher struct {
	name  string
	mu    sync.Mutex
	hosts map[string]int
}

func newFetcher(name string) Fetcher {
	return Fetcher{name: name, hosts: map[string]int{}}
}

func (f *Fetcher) record(rawURL string) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return
	}
	f.mu.Lock()
	f.hosts[u.Host]++ // want "concurrent map write"
	f.mu.Unlock()
}

func (f *Fetcher) total() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.hosts {
		n += c
	}
	return n
}

func main() {
	fetchers := make([]Fetcher, 0, 1)
	fetchers = append(fetchers, newFetcher("primary"))
	primary := &fetchers[0] // root cause
	fetchers = append(fetchers, newFetcher("backup"))

	var wg sync.WaitGroup
	wg.Go(func() {
		for _, u := range []string{"https://a.example/x", "https://b.example/y"} {
			primary.record(u)
		}
	})
	for _, u := range []string{"https://a.example/z", "https://c.example/"} {
		fetchers[0].record(u)
	}
	wg.Wait()
	os.Stdout.WriteString(fetchers[0].name + " fetched " + strconv.Itoa(fetchers[0].total()) + "\n")
}
