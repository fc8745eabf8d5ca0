// A session counter splits its map into shards chosen by a hash of the key and lets goroutines
// write shards without locks, assuming different keys land in different shards; two of the
// keys hash to the same shard.
package main

import (
	"fmt"
	"hash/fnv"
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

func shardOf(key string) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % shardCount)
}

func (c *counter) hit(key string) {
	c.shards[shardOf(key)][key]++ // want "concurrent map write"
}

func main() {
	c := newCounter()
	keys := []string{"a", "c"}
	fmt.Println(shardOf(keys[0]) == shardOf(keys[1]))
	var arrived, wg sync.WaitGroup
	arrived.Add(len(keys))
	for _, k := range keys {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait()
			c.hit(k)
		})
	}
	wg.Wait()
}
