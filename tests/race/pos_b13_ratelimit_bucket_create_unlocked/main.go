// A gRPC-style rate-limit interceptor keeps one token bucket per tenant. Each bucket has its
// own mutex, which guards its tokens, but the get-or-create of the bucket in the tenants map
// takes no lock at all: two tenants' first calls arriving together both miss and both store
// their new bucket in the map.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type bucket struct {
	mu     sync.Mutex
	tokens int
}

type Limiter struct {
	burst   int
	buckets map[string]*bucket
}

func (l *Limiter) bucketFor(tenant string) *bucket {
	b, ok := l.buckets[tenant] // other access
	if !ok {
		b = &bucket{tokens: l.burst}
		l.buckets[tenant] = b // want "concurrent map write"
	}
	return b
}

var errLimited = errors.New("resource exhausted")

func (l *Limiter) Intercept(tenant string, call func() string) (string, error) {
	b := l.bucketFor(tenant)
	b.mu.Lock()
	if b.tokens == 0 {
		b.mu.Unlock()
		return "", errLimited
	}
	b.tokens--
	b.mu.Unlock()
	return call(), nil
}

func main() {
	l := &Limiter{burst: 2, buckets: make(map[string]*bucket)}
	tenants := []string{"acme", "globex"}
	var arrived, calls sync.WaitGroup
	arrived.Add(len(tenants))
	replies := make([]string, len(tenants))
	for i, t := range tenants {
		calls.Go(func() {
			arrived.Done()
			arrived.Wait()
			reply, err := l.Intercept(t, func() string { return "GetInvoice ok" })
			if err != nil {
				reply = err.Error()
			}
			replies[i] = t + ": " + reply
		})
	}
	calls.Wait()
	fmt.Println(replies, len(l.buckets))
}
