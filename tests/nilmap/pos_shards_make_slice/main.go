// A sharded counter: make([]shard, n) gives shards whose maps are all nil.
package main

import (
	"fmt"
	"hash/fnv"
)

type shard struct {
	counts map[string]int
}

type ShardedCounter struct {
	shards []shard
}

func NewShardedCounter(n int) *ShardedCounter {
	return &ShardedCounter{shards: make([]shard, n)}
}

func (s *ShardedCounter) Inc(key string) {
	h := fnv.New32a()
	h.Write([]byte(key))
	sh := &s.shards[int(h.Sum32())%len(s.shards)]
	sh.counts[key]++ // want "nil map"
}

func main() {
	c := NewShardedCounter(4)
	for _, k := range []string{"GET /", "GET /health", "POST /login"} {
		c.Inc(k)
	}
	fmt.Println(len(c.shards))
}
