// A sharded session index doubles its shard slice when the average shard gets too big:
// grow copies the old shards into a slice twice as long and makes every slot of the
// new upper half before rehashing keys into it.
package main

import (
	"fmt"
	"hash/fnv"
	"os"
)

type index struct {
	shards []map[string]int64
	size   int
}

func newIndex(n int) *index {
	idx := &index{shards: make([]map[string]int64, n)}
	for i := range idx.shards {
		idx.shards[i] = make(map[string]int64)
	}
	return idx
}

func slot(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (idx *index) grow() {
	old := idx.shards
	grown := make([]map[string]int64, 2*len(old))
	copy(grown, old)
	for i := len(old); i < len(grown); i++ {
		grown[i] = make(map[string]int64)
	}
	idx.shards = grown
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

func (idx *index) get(key string) (int64, bool) {
	v, ok := idx.shards[slot(key, len(idx.shards))][key]
	return v, ok
}

func main() {
	idx := newIndex(2)
	for i := 0; i < 20; i++ {
		idx.put(fmt.Sprintf("session-%03d", i), int64(1700000000+i*60))
	}
	found := 0
	for i := 0; i < 20; i++ {
		if _, ok := idx.get(fmt.Sprintf("session-%03d", i)); ok {
			found++
		}
	}
	fmt.Fprintf(os.Stdout, "%d sessions in %d shards, %d found\n", idx.size, len(idx.shards), found)
}
