// A log indexer counts words per shard. It allocates the shard table with a capacity of
// shards and then extends it to its full capacity to address shards by hash, but extending a
// slice only exposes zero elements: every shard's counter map is nil.
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
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			table[shardOf(w)][w]++ // want "nil map"
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
