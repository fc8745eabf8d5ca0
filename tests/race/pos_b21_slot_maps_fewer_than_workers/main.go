// A term indexer gives every worker a slot map of its own so that counting needs no lock, but
// sizes the slots from the shard setting while it starts one worker per partition: with
// three slots and four partitions, worker 3 takes slot 3 % 3, the caller's own slot 0.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

type Config struct {
	Shards     int
	Partitions [][]string
}

func countTerms(slot map[string]int, docs []string) {
	for _, doc := range docs {
		for _, term := range strings.Fields(doc) {
			slot[term]++ // want "concurrent map write"
		}
	}
}

func index(cfg Config) map[string]int {
	slots := make([]map[string]int, cfg.Shards)
	for i := range slots {
		slots[i] = make(map[string]int)
	}
	var wg sync.WaitGroup
	for w := 1; w < len(cfg.Partitions); w++ {
		wg.Go(func() { countTerms(slots[w%len(slots)], cfg.Partitions[w]) })
	}
	countTerms(slots[0], cfg.Partitions[0])
	wg.Wait()

	total := make(map[string]int)
	for _, slot := range slots {
		for term, n := range slot {
			total[term] += n
		}
	}
	return total
}

func main() {
	cfg := Config{
		Shards: 3,
		Partitions: [][]string{
			{"disk full on node a", "node a restarted"},
			{"cache miss", "cache hit"},
			{"disk ok", "latency high"},
			{"node b restarted", "disk full on node b"},
		},
	}
	total := index(cfg)
	os.Stdout.WriteString("node=" + strconv.Itoa(total["node"]) + " disk=" + strconv.Itoa(total["disk"]) + "\n")
}
