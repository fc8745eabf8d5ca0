// A metrics library gives its label sets a named map type with a chaining With method, so
// call sites read like counter.Inc(base.With("route", r)). The exporter's base labels start
// as a var of that type that only gets entries when the host name is known; in a container
// without HOSTNAME it stays nil, and the first With writes into the nil map.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Labels map[string]string

// With sets k to v and returns the same set, for chaining.
func (l Labels) With(k, v string) Labels {
	l[k] = v // want "nil map"
	return l
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
