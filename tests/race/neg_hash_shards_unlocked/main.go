// A session counter splits its map into shards, and each goroutine owns one shard by its worker
// index and counts only its own keys there, so no shard is written by two goroutines.
package main

import (
	"fmt"
	"sync"
)

const shardCount = 2

type counter struct {
	shards [shardCount]map[string]int
}

func newCounter() *counter {
	c := &counter{}
	for i := range c.shards {
		c.shards[i] = make(map[string]int)
	}
	return c
}

func (c *counter) hit(worker int, key string) {
	c.shards[worker%shardCount][key]++
}

func main() {
	c := newCounter()
	keys := []string{"a", "c"}
	var arrived, wg sync.WaitGroup
	arrived.Add(len(keys))
	for i, k := range keys {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait()
			c.hit(i, k)
		})
	}
	wg.Wait()
	fmt.Println(len(c.shards[0]), len(c.shards[1]))
}
