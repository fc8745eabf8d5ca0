// A request-rate limiter keeps per-client counts in a fixed slice of shard maps and starts
// each window by clearing every shard map in place, so the maps stay made and the second
// window counts from zero.
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
	shard := l.shards[shardOf(client)]
	if shard[client] >= l.limit {
		return false
	}
	shard[client]++
	return true
}

// Rotate starts a new window: every client may send limit requests again.
func (l *Limiter) Rotate() {
	l.window++
	for _, shard := range l.shards {
		clear(shard)
	}
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
