// A metrics library gives its label sets a named map type with a chaining With method, so
// call sites read like counter.Inc(base.With("route", r)). The exporter's base labels stay nil
// in a container without HOSTNAME, but With copies the set into a new map before adding the
// label, so chaining from a nil set is fine (and the base is never mutated).
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Labels map[string]string

// With returns a copy of the set with k set to v.
func (l Labels) With(k, v string) Labels {
	out := make(Labels, len(l)+1)
	for lk, lv := range l {
		out[lk] = lv
	}
	out[k] = v
	return out
}

func (l Labels) String() string {
	parts := make([]string, 0, len(l))
	for k, v := range l {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ",") + "}"
}

type Counter struct {
	name   string
	counts map[string]int
}

func (c *Counter) Inc(l Labels) { c.counts[l.String()]++ }

func baseLabels() Labels {
	var base Labels
	if host := os.Getenv("HOSTNAME"); host != "" {
		base = Labels{"host": host}
	}
	return base
}

func main() {
	os.Unsetenv("HOSTNAME")
	requests := &Counter{name: "http_requests_total", counts: make(map[string]int)}
	base := baseLabels()
	for _, route := range []string{"/login", "/cart", "/login"} {
		requests.Inc(base.With("route", route))
	}
	for k, n := range requests.counts {
		fmt.Println(requests.name, k, n)
	}
}
