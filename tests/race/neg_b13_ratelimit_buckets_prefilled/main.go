// A gRPC-style rate-limit interceptor keeps one token bucket per tenant. The buckets are
// created by the constructor for every tenant in the plan file, and the interceptor only
// looks them up (an unknown tenant is refused), so the tenants map is never written once the
// calls start; each bucket's own mutex guards its tokens.
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
	buckets map[string]*bucket
}

func NewLimiter(burst int, tenants []string) *Limiter {
	l := &Limiter{buckets: make(map[string]*bucket, len(tenants))}
	for _, t := range tenants {
		l.buckets[t] = &bucket{tokens: burst}
	}
	return l
}

var errLimited = errors.New("resource exhausted")
var errUnknown = errors.New("unknown tenant")

func (l *Limiter) Intercept(tenant string, call func() string) (string, error) {
	b, ok := l.buckets[tenant]
	if !ok {
		return "", errUnknown
	}
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
	tenants := []string{"acme", "globex"}
	l := NewLimiter(2, tenants)
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
