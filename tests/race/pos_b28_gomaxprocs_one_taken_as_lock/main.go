// A log shipper pins itself to one processor with runtime.GOMAXPROCS(1) and, reasoning that its
// goroutines can then never run at the same time, leaves the per-level line counts unlocked.
// One processor still interleaves goroutines at any preemption point, and the memory model gives
// no order between the two tailers, so their writes to the counts map race.
package main

import (
	"bufio"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type shipper struct {
	counts map[string]int // level -> lines; no lock, see main
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
		s.counts[level]++ // want "concurrent map write"
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
	runtime.GOMAXPROCS(1) // one processor: the tailers take turns, so no locking needed
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
