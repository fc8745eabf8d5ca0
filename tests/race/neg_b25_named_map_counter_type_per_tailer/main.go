// A log shipper counts lines per level with a named map type whose Inc method reads like the
// API of expvar.Map or a Prometheus counter vector. Each tailer counts into Counters of its
// own, and the shipper merges them after the tailers are done.
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
	c[name]++
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
	perFile := make([]Counters, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		perFile[i] = Counters{}
		wg.Go(func() { tail(f, perFile[i]) })
	}
	byLevel.Inc("info")
	wg.Wait()
	for _, c := range perFile {
		for name, n := range c {
			byLevel[name] += n
		}
	}
	fmt.Fprintln(os.Stdout, byLevel)
}
