// A session index doubles its shard slice with copy, stores it into the index, and lets a
// method make every shard still missing before rehashing the old keys into the grown slice.
// A near miss of a grown slice kept in a field whose new slots nothing makes: the method
// reaches the field and fills them.
package main

import (
	"fmt"
	"hash/fnv"
)

type index struct {
	shards []map[string]int64
	size   int
}

func slot(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (idx *index) ensureShards() {
	for i := range idx.shards {
		if idx.shards[i] == nil {
			idx.shards[i] = make(map[string]int64)
		}
	}
}

func (idx *index) grow() {
	old := idx.shards
	grown := make([]map[string]int64, 2*len(old))
	copy(grown, old)
	idx.shards = grown
	idx.ensureShards()
	for i, shard := range old {
		for k, v := range shard {
			if j := slot(k, len(grown)); j != i {
				delete(shard, k)
				grown[j][k] = v
			}
		}
	}
}

func (idx *index) put(key string, expires int64) {
	if idx.size >= 4*len(idx.shards) {
		idx.grow()
	}
	shard := idx.shards[slot(key, len(idx.shards))]
	if _, ok := shard[key]; !ok {
		idx.size++
	}
	shard[key] = expires
}

func main() {
	idx := &index{shards: []map[string]int64{{}, {}}}
	for i := 0; i < 30; i++ {
		idx.put(fmt.Sprintf("session-%03d", i), int64(1700000000+i))
	}
	fmt.Println(idx.size, "sessions in", len(idx.shards), "shards")
}
