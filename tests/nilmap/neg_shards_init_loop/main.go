// A sharded counter whose constructor makes every shard's map.
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
	s := &ShardedCounter{shards: make([]shard, n)}
	for i := range s.shards {
		s.shards[i].counts = make(map[string]int)
	}
	return s
}

func (s *ShardedCounter) Inc(key string) {
	h := fnv.New32a()
	h.Write([]byte(key))
	sh := &s.shards[int(h.Sum32())%len(s.shards)]
	sh.counts[key]++
}

func main() {
	c := NewShardedCounter(4)
	for _, k := range []string{"GET /", "GET /health", "POST /login"} {
		c.Inc(k)
	}
	fmt.Println(len(c.shards))
}
