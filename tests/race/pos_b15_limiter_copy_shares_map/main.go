// An API gateway gives every tenant a rate limiter that starts from the default one: forTenant
// copies the default Limiter struct and sets the tenant's limit. The copy gets a mutex of its own
// but shares the default's hits map, so two tenants' requests count into one map under two
// different locks. Both requests are admitted at once (a barrier in front of Allow).
package main

import (
	"fmt"
	"sync"
)

type Limiter struct {
	mu    sync.Mutex
	limit int
	hits  map[string]int
}

func (l *Limiter) Allow(user string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.hits[user] >= l.limit { // other access
		return false
	}
	l.hits[user]++ // want "concurrent map write"
	return true
}

type Gateway struct {
	defaults *Limiter
	limits   map[string]int
}

func (g *Gateway) forTenant(tenant string) *Limiter {
	l := *g.defaults // root cause
	if n, ok := g.limits[tenant]; ok {
		l.limit = n
	}
	return &l
}

type request struct {
	tenant, user string
}

func main() {
	g := &Gateway{
		defaults: &Limiter{limit: 100, hits: make(map[string]int)},
		limits:   map[string]int{"acme": 1000, "globex": 50},
	}
	reqs := []request{{"acme", "u-17"}, {"globex", "u-42"}}
	limiters := make([]*Limiter, len(reqs))
	for i, r := range reqs {
		limiters[i] = g.forTenant(r.tenant)
	}

	var admitted sync.WaitGroup
	admitted.Add(len(reqs))
	allowed := make([]bool, len(reqs))
	var wg sync.WaitGroup
	for i, r := range reqs {
		wg.Go(func() {
			admitted.Done()
			admitted.Wait()
			allowed[i] = limiters[i].Allow(r.user)
		})
	}
	wg.Wait()
	for i, r := range reqs {
		fmt.Printf("%s/%s allowed=%v limit=%d\n", r.tenant, r.user, allowed[i], limiters[i].limit)
	}
}
