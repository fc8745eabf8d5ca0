// A log shipper pins itself to one processor with runtime.GOMAXPROCS(1) to keep its CPU use
// down. Its two tailers still interleave, so the per-level line counts are kept under a mutex
// that each tailer holds while it counts a line.
package main

import (
	"bufio"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type shipper struct {
	mu     sync.Mutex
	counts map[string]int // level -> lines
	sent   []int
}

func (s *shipper) tail(idx int, src string) {
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		level, _, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			continue
		}
		s.mu.Lock()
		s.counts[level]++
		s.mu.Unlock()
		n++
	}
	s.sent[idx] = n
}

const appLog = `INFO started
WARN slow query 812ms
INFO request /orders 200`

const proxyLog = `INFO listening :8443
ERROR upstream reset
INFO request /health 200`

func main() {
	runtime.GOMAXPROCS(1) // one processor: the shipper must not compete with the app
	s := &shipper{counts: make(map[string]int), sent: make([]int, 2)}
	var wg sync.WaitGroup
	for i, src := range []string{appLog, proxyLog} {
		wg.Go(func() { s.tail(i, src) })
	}
	wg.Wait()
	fmt.Println("lines per file:", s.sent)
	for _, lvl := range []string{"INFO", "WARN", "ERROR"} {
		fmt.Printf("%s=%d\n", lvl, s.counts[lvl])
	}
}
