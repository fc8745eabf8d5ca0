// An outbound HTTP client builds the headers of every call from a default set that is computed
// once with sync.OnceValue. newHeaders clones the defaults before stamping the call's trace id, so
// two calls fanned out at once each write into a map of their own. The near miss of
// pos_b15_oncevalue_defaults_mutated.
package main

import (
	"fmt"
	"maps"
	"runtime"
	"sort"
	"strings"
	"sync"
)

var defaultHeaders = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"User-Agent": "orders-svc/2.3 (" + runtime.GOOS + ")",
		"Accept":     "application/json",
	}
})

func newHeaders(traceID, tenant string) map[string]string {
	h := maps.Clone(defaultHeaders())
	h["X-Trace-Id"] = traceID
	if tenant != "" {
		h["X-Tenant"] = tenant
	}
	return h
}

func format(h map[string]string) string {
	lines := make([]string, 0, len(h))
	for k, v := range h {
		lines = append(lines, k+": "+v)
	}
	sort.Strings(lines)
	return strings.Join(lines, "; ")
}

type call struct {
	service, traceID string
}

func main() {
	calls := []call{{"inventory", "tr-0001"}, {"pricing", "tr-0002"}}
	built := make([]map[string]string, len(calls))

	var ready sync.WaitGroup
	ready.Add(len(calls))
	var wg sync.WaitGroup
	for i, c := range calls {
		wg.Go(func() {
			ready.Done()
			ready.Wait()
			built[i] = newHeaders(c.traceID, "")
		})
	}
	wg.Wait()
	for i, c := range calls {
		fmt.Println(c.service, "->", format(built[i]))
	}
}
