// A sharded blob cache picks a shard by a hash of the key; its shard helper returns a pointer
// to the shard, so a background warmer's Set and the request path's Get lock the shard's one
// RWMutex around its items map.
package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

const shardCount = 4

type shard struct {
	mu    sync.RWMutex
	items map[string][]byte
}

type Cache struct {
	shards [shardCount]shard
}

func NewCache() *Cache {
	c := &Cache{}
	for i := range c.shards {
		c.shards[i].items = make(map[string][]byte)
	}
	return c
}

func (c *Cache) shard(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return &c.shards[h.Sum32()%shardCount]
}

func (c *Cache) Set(key string, value []byte) {
	s := c.shard(key)
	s.mu.Lock()
	s.items[key] = value
	s.mu.Unlock()
}

func (c *Cache) Get(key string) ([]byte, bool) {
	s := c.shard(key)
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.items[key]
	return v, ok
}

func main() {
	c := NewCache()
	var ready, wg sync.WaitGroup
	ready.Add(2)
	wg.Go(func() { // the warmer
		ready.Done()
		ready.Wait()
		c.Set("/index.html", []byte("<html>"))
	})
	ready.Done()
	ready.Wait()
	_, hit := c.Get("/index.html")
	wg.Wait()
	_, hit = c.Get("/index.html")
	fmt.Println(hit)
}
