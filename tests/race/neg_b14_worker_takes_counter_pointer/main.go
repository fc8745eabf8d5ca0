// A log-processing pool splits its hit counters into two sets, each a mutex beside its map, and
// worker w counts into set w%2. The worker takes its set with `set := &sets[w%2]`, a pointer
// to the slice element, so workers on the same set lock the same mutex. The near miss of
// pos_b14_worker_copies_counter_struct.
package main

import (
	"strings"
	"sync"
)

type counterSet struct {
	mu   sync.Mutex
	hits map[string]int
}

func (c *counterSet) add(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits[path]++
}

func worker(w int, sets []counterSet, lines []string, ready *sync.WaitGroup) {
	set := &sets[w%2]
	ready.Done()
	ready.Wait()
	for _, line := range lines {
		fields := strings.Fields(line)
		if len(fields) >= 2 {
			set.add(fields[1])
		}
	}
}

func main() {
	sets := []counterSet{{hits: make(map[string]int)}, {hits: make(map[string]int)}}
	batches := [][]string{
		{"GET /a 200", "GET /b 200"},
		{"POST /c 201"},
		{"GET /a 304", "GET /d 200"},
		{"GET /b 500"},
	}
	var ready, done sync.WaitGroup
	ready.Add(len(batches))
	for w, lines := range batches {
		done.Go(func() { worker(w, sets, lines, &ready) })
	}
	done.Wait()
	total := 0
	for i := range sets {
		for _, n := range sets[i].hits {
			total += n
		}
	}
	println("hits:", total)
}
