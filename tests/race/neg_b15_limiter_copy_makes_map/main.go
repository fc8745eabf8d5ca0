// An API gateway gives every tenant a rate limiter that starts from the default one: forTenant
// builds a new Limiter with the default's limit (or the tenant's own) and a hits map of its own,
// so two tenants' requests count into two maps, each under its own mutex. The near miss of
// pos_b15_limiter_copy_shares_map.
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
	if l.hits[user] >= l.limit {
		return false
	}
	l.hits[user]++
	return true
}

type Gateway struct {
	defaults *Limiter
	limits   map[string]int
}

func (g *Gateway) forTenant(tenant string) *Limiter {
	l := &Limiter{limit: g.defaults.limit, hits: make(map[string]int)}
	if n, ok := g.limits[tenant]; ok {
		l.limit = n
	}
	return l
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
