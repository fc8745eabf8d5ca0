// Reduced from github.com/cockroachdb/pebble v1.1.5, objstorage/objstorageprovider/sharedcache/
// shared_cache.go:688 ((*shard).set), where mapscope check reported the write to `s.mu.where`
// racing with the read of line 658 in another write-back worker (line 855), though both hold
// `s.mu` of the shard that owns the map. The shard is `&c.shards[i]`, returned by getShard to
// Cache.set, and Open, which makes the cache and starts the workers, runs more than once (an
// exported function; here a loop). A near miss: with the element address taken in Cache.set,
// or with Open run once, it is not reported. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	shards  []shard
	workers writeWorkers
}

type shard struct {
	mu struct {
		sync.Mutex
		where map[int]int
	}
}

func Open(numShards int) *Cache {
	c := &Cache{}
	c.shards = make([]shard, numShards)
	for i := range c.shards {
		c.shards[i].init()
	}
	c.workers.Start(c, numShards*2)
	return c
}

func (s *shard) init() { s.mu.where = make(map[int]int) }

func (c *Cache) set(k int) { c.getShard(k).set(k) }

func (c *Cache) getShard(k int) *shard { return &c.shards[k%len(c.shards)] }

func (s *shard) set(k int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.mu.where[k]; !ok {
		s.mu.where[k] = k
	}
}

type writeWorkers struct {
	wg    sync.WaitGroup
	tasks chan int
}

func (w *writeWorkers) Start(c *Cache, n int) {
	tasks := make(chan int)
	w.tasks = tasks
	w.wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer w.wg.Done()
			for k := range tasks {
				c.set(k)
			}
		}()
	}
}

func main() {
	for round := 0; round < 2; round++ {
		c := Open(4)
		for k := 0; k < 200; k++ {
			c.workers.tasks <- k % 50
		}
		close(c.workers.tasks)
		c.workers.wg.Wait()
		fmt.Println(len(c.shards[0].mu.where), len(c.shards[1].mu.where))
	}
}
