// A status page checks its upstream services in parallel with a generic ParallelMap helper: one
// goroutine per key calls the probe and sends its result on a channel, and the helper's own
// goroutine stores every result in the map it returns, so only one goroutine writes the map.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func ParallelMap[K comparable, V any](keys []K, f func(K) V) map[K]V {
	type result struct {
		key K
		val V
	}
	results := make(chan result)
	for _, k := range keys {
		go func() {
			results <- result{k, f(k)}
		}()
	}
	out := make(map[K]V, len(keys))
	for range keys {
		r := <-results
		out[r.key] = r.val
	}
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
