// A sharded in-memory blob index. NewIndex makes the shard slice and then gives each shard its
// map in a range loop over the values, which sets the map on a copy of the shard: every shard in
// the slice keeps a nil map and the first Put panics.
package main

import (
	"fmt"
	"hash/fnv"
)

type shard struct {
	items map[string][]byte
	bytes int
}

type Index struct {
	shards []shard
	limit  int
}

func NewIndex(n, limit int) *Index {
	idx := &Index{shards: make([]shard, n), limit: limit}
	for _, s := range idx.shards {
		s.items = make(map[string][]byte)
	}
	return idx
}

func (idx *Index) pick(key string) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32()) % len(idx.shards)
}

func (idx *Index) Put(key string, val []byte) error {
	if len(val) > idx.limit {
		return fmt.Errorf("blob %s: %d bytes over the limit", key, len(val))
	}
	sh := &idx.shards[idx.pick(key)]
	if old, ok := sh.items[key]; ok {
		sh.bytes -= len(old)
	}
	sh.items[key] = val // want "nil map"
	sh.bytes += len(val)
	return nil
}

func (idx *Index) Get(key string) ([]byte, bool) {
	v, ok := idx.shards[idx.pick(key)].items[key]
	return v, ok
}

func main() {
	idx := NewIndex(8, 1<<10)
	for _, k := range []string{"avatar/42", "avatar/43", "thumb/42"} {
		if err := idx.Put(k, []byte("blob:"+k)); err != nil {
			fmt.Println("put:", err)
		}
	}
	v, ok := idx.Get("avatar/42")
	fmt.Println(string(v), ok)
}
