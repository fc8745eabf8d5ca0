// A sharded request counter for an API gateway picks a shard by index. Inc indexes the shard array
// in place for both the lock and the map, so two requests from one client lock the shard's one
// mutex before counting into its map.
package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

const nShards = 8

type shard struct {
	mu     sync.Mutex
	counts map[string]int
}

type Counter struct {
	shards [nShards]shard
}

func NewCounter() *Counter {
	c := &Counter{}
	for i := range c.shards {
		c.shards[i].counts = make(map[string]int)
	}
	return c
}

func index(key string) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % nShards)
}

func (c *Counter) Inc(key string) {
	i := index(key)
	c.shards[i].mu.Lock()
	c.shards[i].counts[key]++
	c.shards[i].mu.Unlock()
}

func (c *Counter) Total() int {
	n := 0
	for i := range c.shards {
		c.shards[i].mu.Lock()
		for _, v := range c.shards[i].counts {
			n += v
		}
		c.shards[i].mu.Unlock()
	}
	return n
}

func main() {
	c := NewCounter()
	var wg sync.WaitGroup
	begin := make(chan struct{})
	finish := make(chan struct{})
	wg.Add(1)
	go func() { // another connection of the same client
		defer wg.Done()
		<-begin
		c.Inc("client-7f3a")
		<-finish
	}()
	close(begin)
	c.Inc("client-7f3a")
	close(finish)
	wg.Wait()
	fmt.Println("requests counted:", c.Total())
}
