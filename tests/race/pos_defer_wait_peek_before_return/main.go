// A config service fetches its remote sources in parallel into one map under a mutex and
// waits for them in a deferred wg.Wait. Before returning, the function looks up the
// "primary" source for its log line without the lock, while the fetchers may still be
// storing: the deferred Wait runs only after that lookup.
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

func fetchAll(sources []Source) (map[string]string, string) {
	var (
		mu    sync.Mutex
		wg    sync.WaitGroup
		start sync.WaitGroup // the fetchers and the logger begin together
	)
	out := make(map[string]string, len(sources))
	defer wg.Wait()
	start.Add(len(sources) + 1)
	for _, s := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start.Done()
			start.Wait()
			body := s.Fetch()
			mu.Lock()
			out[s.Name()] = body // want "concurrent map write"
			mu.Unlock()
		}()
	}
	start.Done()
	start.Wait()
	primary := out["primary"] // other access
	return out, primary
}

func main() {
	cfg, primary := fetchAll([]Source{
		staticSource{"primary", "listen: :8443"},
		staticSource{"overrides", "log: debug"},
	})
	names := make([]string, 0, len(cfg))
	for n := range cfg {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names, len(primary) >= 0)
}
