// A status page checks its upstream services in parallel with a generic ParallelMap helper: one
// goroutine per key calls the probe and stores its result in the map the helper returns. The
// goroutines store into that map with no lock, at the same time.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func ParallelMap[K comparable, V any](keys []K, f func(K) V) map[K]V {
	out := make(map[K]V, len(keys))
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[k] = f(k) // want "concurrent map write"
		}()
	}
	wg.Wait()
	return out
}

type Status struct {
	Up      bool
	Latency int
}

func main() {
	upstreams := []string{"auth.internal:443", "billing.internal:443"}
	var arrived sync.WaitGroup
	arrived.Add(len(upstreams))
	probe := func(addr string) Status {
		arrived.Done()
		arrived.Wait() // the probes go out together
		return Status{Up: !strings.HasPrefix(addr, "billing"), Latency: len(addr)}
	}
	statuses := ParallelMap(upstreams, probe)
	names := make([]string, 0, len(statuses))
	for n := range statuses {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, statuses[n].Up, statuses[n].Latency)
	}
}
