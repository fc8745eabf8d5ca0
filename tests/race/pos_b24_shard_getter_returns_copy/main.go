// A rate limiter spreads its per-client counters over shards, each a mutex beside a map.
// shardFor returns the shard by value, so every caller locks its own copy of the mutex
// while the copies share the one map: two parallel requests from one client write it at
// once.
package main

import (
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"sync"
)

const shardCount = 4

type shard struct {
	mu   sync.Mutex
	hits map[string]int
}

type limiter struct {
	shards [shardCount]shard
	limit  int
}

func newLimiter(limit int) *limiter {
	l := &limiter{limit: limit}
	for i := range l.shards {
		l.shards[i].hits = make(map[string]int)
	}
	return l
}

func (l *limiter) shardFor(client string) shard { // root cause
	h := fnv.New32a()
	h.Write([]byte(client))
	return l.shards[h.Sum32()%shardCount]
}

func (l *limiter) allow(client string) bool {
	s := l.shardFor(client)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[client]++                 // want "concurrent map write"
	return s.hits[client] <= l.limit // other access
}

func main() {
	l := newLimiter(3)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, client := range []string{"10.0.0.7", "10.0.0.7"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for i := 0; i < 3; i++ {
				l.allow(client)
			}
		}()
	}
	close(start)
	wg.Wait()

	var lines []string
	for i := range l.shards {
		for c, n := range l.shards[i].hits {
			lines = append(lines, fmt.Sprintf("shard %d %s %d", i, c, n))
		}
	}
	sort.Strings(lines)
	fmt.Fprintln(os.Stdout, lines)
}
