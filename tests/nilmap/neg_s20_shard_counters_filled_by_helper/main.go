// A log indexer counts words per shard. It allocates the shard table with a capacity of
// shards, extends it to its full capacity and hands it to a helper that makes each shard's
// counter map, so every write finds its map.
package main

import (
	"fmt"
	"hash/fnv"
	"strings"
)

const shards = 4

func shardOf(word string) int {
	h := fnv.New32a()
	h.Write([]byte(word))
	return int(h.Sum32() % shards)
}

func prepare(table []map[string]int) {
	for i := range table {
		table[i] = map[string]int{}
	}
}

func index(lines []string) []map[string]int {
	table := make([]map[string]int, 0, shards)
	table = table[:cap(table)]
	prepare(table)
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			table[shardOf(w)][w]++
		}
	}
	return table
}

func main() {
	table := index([]string{"disk full on node-3", "retry disk check"})
	total := 0
	for _, counts := range table {
		total += len(counts)
	}
	fmt.Println(total)
}
