// A log indexer counts words per shard. It allocates the shard table with a capacity of
// shards, extends it to its full capacity and makes each shard's counter map before counting,
// so every write finds its map.
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

func index(lines []string) []map[string]int {
	table := make([]map[string]int, 0, shards)
	table = table[:cap(table)]
	for i := range table {
		table[i] = make(map[string]int)
	}
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
