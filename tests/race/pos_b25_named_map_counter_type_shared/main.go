// A log shipper counts lines per level with a named map type whose Inc method reads like the
// API of expvar.Map or a Prometheus counter vector, both safe for concurrent use. This one is
// a plain map, and the tailers and the shipper's own startup line all count into it at once.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

// Counters counts events by name.
type Counters map[string]int

func (c Counters) Inc(name string) {
	c[name]++ // want "concurrent map write"
}

func (c Counters) String() string {
	names := make([]string, 0, len(c))
	for n, v := range c {
		names = append(names, fmt.Sprintf("%s=%d", n, v))
	}
	sort.Strings(names)
	return strings.Join(names, " ")
}

func level(line string) string {
	if lvl, _, ok := strings.Cut(line, " "); ok {
		return strings.ToLower(lvl)
	}
	return "unknown"
}

func tail(file []string, byLevel Counters) {
	for _, line := range file {
		byLevel.Inc(level(line))
	}
}

func main() {
	files := [][]string{
		{"INFO started", "WARN slow disk", "INFO ready"},
		{"ERROR lost lease", "INFO retrying", "INFO ok"},
	}
	byLevel := Counters{}
	var wg sync.WaitGroup
	for _, f := range files {
		wg.Go(func() { tail(f, byLevel) })
	}
	byLevel.Inc("info")
	wg.Wait()
	fmt.Fprintln(os.Stdout, byLevel)
}
