// A rate limiter keeps one bucket per client in a sync.Map and creates buckets with
// LoadOrStore. The placeholder it stores is a bare &bucket{}, and the client that stored it
// (loaded is false) makes its per-endpoint token map before handing the bucket out.
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
	v, loaded := l.buckets.LoadOrStore(client, &bucket{burst: l.burst})
	b := v.(*bucket)
	if !loaded {
		fmt.Println("new client", client)
		b.tokens = make(map[string]int)
	}
	return b
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
