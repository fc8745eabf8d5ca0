// A log indexer scans shards on goroutines and sends each shard's word counts on a channel.
// A shard without lines comes back with an error and no counts map; the collector logs the
// error and gives that result an empty map, so every result it stamps has one.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type shardResult struct {
	shard  int
	counts map[string]int
	err    error
}

func scan(shard int, lines []string) shardResult {
	if len(lines) == 0 {
		return shardResult{shard: shard, err: errors.New("empty shard")}
	}
	counts := make(map[string]int)
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			counts[w]++
		}
	}
	return shardResult{shard: shard, counts: counts}
}

func main() {
	shards := [][]string{{"GET /a", "GET /b"}, nil, {"POST /a"}}
	results := make(chan shardResult)
	var wg sync.WaitGroup
	for i, lines := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- scan(i, lines)
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	byShard := make(map[int]map[string]int)
	for r := range results {
		if r.err != nil {
			fmt.Println("shard", r.shard, "error:", r.err)
			r.counts = map[string]int{}
		}
		r.counts["_shard"] = r.shard
		byShard[r.shard] = r.counts
	}
	fmt.Println(len(byShard), "shards indexed")
}
