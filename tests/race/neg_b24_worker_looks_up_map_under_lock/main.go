// A stats pipeline swaps its counts map for a fresh one under the mutex on every flush and
// ranges over the old map unlocked, since nobody else should hold it. The worker looks the
// current map up under the mutex for every event, so after the swap it counts into the
// fresh map and never touches the one being ranged.
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
)

type stats struct {
	mu     sync.Mutex
	counts map[string]int
}

// swap hands the caller the current map, which only the caller may use from now on.
func (s *stats) swap() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.counts
	s.counts = make(map[string]int)
	return old
}

type worker struct {
	s *stats
}

func (w *worker) run(events <-chan string, wg *sync.WaitGroup) {
	defer wg.Done()
	for ev := range events {
		w.s.mu.Lock()
		w.s.counts[ev]++
		w.s.mu.Unlock()
	}
}

func main() {
	s := &stats{counts: make(map[string]int)}
	w := &worker{s: s}
	events := make(chan string, 16)
	var wg sync.WaitGroup
	wg.Add(1)
	go w.run(events, &wg)

	flushed := s.swap()
	for _, ev := range []string{"login", "search", "login", "checkout"} {
		events <- ev
	}
	var lines []string
	for ev, n := range flushed {
		lines = append(lines, fmt.Sprintf("%s=%d", ev, n))
	}
	close(events)
	wg.Wait()
	sort.Strings(lines)
	fmt.Fprintln(os.Stdout, "flushed:", lines)
}
