// A sharded cache whose writes lock the key's shard, but whose total count ranges over the
// shards' maps without taking their locks. All keys land in one shard here.
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
	s.items[key] = v // want "concurrent map write"
	s.mu.Unlock()
}

func (c *cache) countBytes() int {
	n := 0
	for i := range c.shards {
		for _, v := range c.shards[i].items { // other access
			n += len(v)
		}
	}
	return n
}

func main() {
	c := newCache()
	var wg sync.WaitGroup
	wg.Go(func() { c.set("a", []byte("apple")) })
	n := c.countBytes()
	wg.Wait()
	fmt.Println(n <= 5)
}
