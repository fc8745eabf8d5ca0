// A per-tenant API quota limiter: request handlers take a token from the tenant's quota under
// the limiter's mutex, and a ticker goroutine refills every quota on each tick, holding the
// same mutex for the whole pass.
package main

import (
	"fmt"
	"sync"
	"time"
)

type limiter struct {
	mu     sync.Mutex
	quotas map[string]int
	limit  int
}

func (l *limiter) refill(tenants []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, t := range tenants {
		l.quotas[t] = l.limit
	}
}

func (l *limiter) take(tenant string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.quotas[tenant] <= 0 {
		return false
	}
	l.quotas[tenant]--
	return true
}

func main() {
	l := &limiter{quotas: map[string]int{"acme": 2, "globex": 2}, limit: 3}
	tenants := []string{"acme", "globex"}
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		<-start
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for i := 0; i < 2; i++ {
			<-tick.C
			l.refill(tenants)
		}
	})
	allowed := 0
	wg.Go(func() {
		<-start
		for i := 0; i < 4; i++ {
			if l.take(tenants[i%2]) {
				allowed++
			}
		}
	})
	close(start)
	wg.Wait()
	fmt.Println("allowed:", allowed)
}
