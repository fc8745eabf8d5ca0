// A rate limiter keeps one bucket per client in a sync.Map and creates buckets with
// LoadOrStore. The placeholder it stores comes from newBucket, which makes the
// per-endpoint token map, so a new client's first request finds a made map.
package main

import (
	"fmt"
	"sync"
)

type bucket struct {
	mu     sync.Mutex
	tokens map[string]int // endpoint -> tokens left
	burst  int
}

func newBucket(burst int) *bucket {
	return &bucket{tokens: make(map[string]int), burst: burst}
}

type limiter struct {
	buckets sync.Map // client -> *bucket
	burst   int
}

func (l *limiter) bucketFor(client string) *bucket {
	v, loaded := l.buckets.LoadOrStore(client, newBucket(l.burst))
	if !loaded {
		fmt.Println("new client", client)
	}
	return v.(*bucket)
}

func (l *limiter) allow(client, endpoint string) bool {
	b := l.bucketFor(client)
	b.mu.Lock()
	defer b.mu.Unlock()
	left, seen := b.tokens[endpoint]
	if !seen {
		left = b.burst
	}
	if left == 0 {
		return false
	}
	b.tokens[endpoint] = left - 1
	return true
}

func main() {
	l := &limiter{burst: 2}
	l.buckets.Store("admin", newBucket(100))
	fmt.Println(l.allow("admin", "/export"))
	for i := 0; i < 3; i++ {
		fmt.Println(l.allow("10.0.0.7", "/search"))
	}
}
