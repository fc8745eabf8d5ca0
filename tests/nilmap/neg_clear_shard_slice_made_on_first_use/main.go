// A request-rate limiter keeps per-client counts in a fixed slice of shard maps and starts
// each window with clear(l.shards), which zeroes the slice's elements; Allow makes a shard
// again on its first use in a window, so no write reaches a nil shard. The near miss beside
// pos_b21_clear_shard_slice_nils_maps.
package main

import (
	"fmt"
	"hash/fnv"
)

const shardCount = 4

type Limiter struct {
	shards []map[string]int
	limit  int
	window int
}

func NewLimiter(limit int) *Limiter {
	l := &Limiter{shards: make([]map[string]int, shardCount), limit: limit}
	for i := range l.shards {
		l.shards[i] = make(map[string]int)
	}
	return l
}

func shardOf(client string) int {
	h := fnv.New32a()
	h.Write([]byte(client))
	return int(h.Sum32() % shardCount)
}

func (l *Limiter) Allow(client string) bool {
	i := shardOf(client)
	shard := l.shards[i]
	if shard == nil {
		shard = make(map[string]int)
		l.shards[i] = shard
	}
	if shard[client] >= l.limit {
		return false
	}
	shard[client]++
	return true
}

// Rotate starts a new window: every client may send limit requests again.
func (l *Limiter) Rotate() {
	l.window++
	clear(l.shards)
}

func main() {
	l := NewLimiter(2)
	windows := [][]string{
		{"alice", "bob", "alice", "alice", "dave"},
		{"carol", "alice", "alice"},
	}
	for _, batch := range windows {
		allowed, denied := 0, 0
		for _, client := range batch {
			if l.Allow(client) {
				allowed++
			} else {
				denied++
			}
		}
		fmt.Printf("window %d: %d allowed, %d denied\n", l.window, allowed, denied)
		l.Rotate()
	}
}
