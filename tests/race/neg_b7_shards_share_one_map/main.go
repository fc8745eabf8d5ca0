// A word-count job splits its input into shards, one worker per shard, and each worker counts
// into its own shard's map without locking since no other worker touches that shard. The
// constructor makes a fresh map for each shard inside the loop.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type shard struct {
	lines  []string
	counts map[string]int
}

func newShards(lines []string, n int) []shard {
	shards := make([]shard, n)
	for i := range shards {
		shards[i].counts = make(map[string]int)
	}
	for i, l := range lines {
		shards[i%n].lines = append(shards[i%n].lines, l)
	}
	return shards
}

func (s *shard) run() {
	for _, l := range s.lines {
		for _, w := range strings.Fields(l) {
			s.counts[strings.ToLower(w)]++
		}
	}
}

func main() {
	lines := []string{"the quick fox", "The lazy dog", "a quick dog", "the end"}
	shards := newShards(lines, 2)
	var wg sync.WaitGroup
	for i := range shards {
		wg.Go(shards[i].run)
	}
	wg.Wait()
	total := make(map[string]int)
	for _, s := range shards {
		for w, n := range s.counts {
			total[w] += n
		}
	}
	fmt.Println(total["the"], total["quick"], total["dog"])
}
