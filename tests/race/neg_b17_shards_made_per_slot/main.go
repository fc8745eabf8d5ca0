// A word-count job gives each worker its own shard so that no locking is needed, building every
// shard with a map of its own, so each worker writes only the map of its slot.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type shard struct {
	counts map[string]int
	lines  int
}

func newShards(n int) []shard {
	shards := make([]shard, n)
	for i := range shards {
		shards[i] = shard{counts: make(map[string]int)}
	}
	return shards
}

func count(s *shard, lines []string) {
	for _, line := range lines {
		s.lines++
		for _, w := range strings.Fields(strings.ToLower(line)) {
			s.counts[w]++
		}
	}
}

func main() {
	docs := [][]string{
		{"the quick brown fox", "jumps over the lazy dog"},
		{"the dog barks", "the fox runs away quickly"},
		{"a lazy afternoon", "the end"},
	}
	shards := newShards(len(docs))
	start := make(chan struct{})
	var workers sync.WaitGroup
	for i := range docs {
		workers.Go(func() {
			<-start
			count(&shards[i], docs[i])
		})
	}
	close(start)
	workers.Wait()

	total := map[string]int{}
	for _, s := range shards {
		for w, n := range s.counts {
			total[w] += n
		}
	}
	keys := make([]string, 0, len(total))
	for w := range total {
		keys = append(keys, w+"="+strconv.Itoa(total[w]))
	}
	sort.Strings(keys)
	os.Stdout.WriteString(strings.Join(keys, " ") + "\n")
}
