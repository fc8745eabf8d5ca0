// A log shipper counts lines per level in an io.Writer that sits under a bufio.Writer; the API
// and worker goroutines each wrap the one counting writer in a bufio.Writer of their own, and
// their flushes call its Write at the same time, which counts under the writer's own mutex.
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
	mu     sync.Mutex
	out    io.Writer
	counts map[string]int
}

func (c *LevelCounter) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
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
	counter := &LevelCounter{out: io.Discard, counts: make(map[string]int)}
	var wg sync.WaitGroup
	for _, component := range []string{"api", "worker"} {
		wg.Go(func() { emit(counter, component, 6) })
	}
	wg.Wait()
	var lines []string
	for level, n := range counter.counts {
		lines = append(lines, level+"="+strconv.Itoa(n))
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}
