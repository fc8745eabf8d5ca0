// A config service fetches its remote sources in parallel into one map under a mutex and
// waits for them in a deferred wg.Wait. The function returns the map without touching it,
// and the caller looks up the "primary" source without the lock: the deferred Wait has run
// by the time the caller gets the map.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Source interface {
	Name() string
	Fetch() string
}

type staticSource struct{ name, body string }

func (s staticSource) Name() string  { return s.name }
func (s staticSource) Fetch() string { return s.body }

func fetchAll(sources []Source) map[string]string {
	var (
		mu    sync.Mutex
		wg    sync.WaitGroup
		start sync.WaitGroup // the fetchers begin together
	)
	out := make(map[string]string, len(sources))
	defer wg.Wait()
	start.Add(len(sources))
	for _, s := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start.Done()
			start.Wait()
			body := s.Fetch()
			mu.Lock()
			out[s.Name()] = body
			mu.Unlock()
		}()
	}
	return out
}

func main() {
	cfg := fetchAll([]Source{
		staticSource{"primary", "listen: :8443"},
		staticSource{"overrides", "log: debug"},
	})
	primary := cfg["primary"]
	names := make([]string, 0, len(cfg))
	for n := range cfg {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names, len(primary) >= 0)
}
