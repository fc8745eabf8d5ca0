// A log shipper counts lines per level in an io.Writer that sits under a bufio.Writer; the API
// and worker goroutines each get a counting writer of their own under their bufio.Writer, and
// the counts are added up after both goroutines are done.
package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type LevelCounter struct {
	out    io.Writer
	counts map[string]int
}

func (c *LevelCounter) Write(p []byte) (int, error) {
	for _, line := range bytes.Split(bytes.TrimRight(p, "\n"), []byte("\n")) {
		level, _, _ := bytes.Cut(line, []byte(" "))
		c.counts[string(level)]++
	}
	return c.out.Write(p)
}

func emit(w io.Writer, component string, n int) {
	bw := bufio.NewWriter(w)
	for i := 0; i < n; i++ {
		level := "INFO"
		if i%3 == 2 {
			level = "WARN"
		}
		bw.WriteString(level + " " + component + " event " + strconv.Itoa(i) + "\n")
	}
	bw.Flush()
}

func main() {
	components := []string{"api", "worker"}
	counters := make([]*LevelCounter, len(components))
	var wg sync.WaitGroup
	for i, component := range components {
		counters[i] = &LevelCounter{out: io.Discard, counts: make(map[string]int)}
		wg.Go(func() { emit(counters[i], component, 6) })
	}
	wg.Wait()
	total := make(map[string]int)
	for _, c := range counters {
		for level, n := range c.counts {
			total[level] += n
		}
	}
	var lines []string
	for level, n := range total {
		lines = append(lines, level+"="+strconv.Itoa(n))
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}
