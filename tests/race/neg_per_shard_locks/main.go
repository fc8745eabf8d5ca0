// A sharded cache: each shard has its own mutex and map, and every access locks the shard that
// holds the key, including the total count.
package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

const shardCount = 4

type shard struct {
	mu    sync.Mutex
	items map[string][]byte
}

type cache struct {
	shards [shardCount]shard
}

func newCache() *cache {
	c := &cache{}
	for i := range c.shards {
		c.shards[i].items = make(map[string][]byte)
	}
	return c
}

func (c *cache) shard(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return &c.shards[h.Sum32()%shardCount]
}

func (c *cache) set(key string, v []byte) {
	s := c.shard(key)
	s.mu.Lock()
	s.items[key] = v
	s.mu.Unlock()
}

func (c *cache) len() int {
	n := 0
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.Lock()
		n += len(s.items)
		s.mu.Unlock()
	}
	return n
}

func main() {
	c := newCache()
	var wg sync.WaitGroup
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		wg.Go(func() { c.set(k, []byte(k)) })
	}
	n := c.len()
	wg.Wait()
	fmt.Println(n <= 5, c.len())
}
