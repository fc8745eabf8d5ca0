// An API gateway rate-limits every tenant through one shared default Limiter: forTenant returns
// the pointer itself and the tenant's limit is passed to Allow, so two tenants' requests count into
// one map under one mutex. The near miss of pos_b15_limiter_copy_shares_map.
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

func (l *Limiter) Allow(user string, limit int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.hits[user] >= limit {
		return false
	}
	l.hits[user]++
	return true
}

type Gateway struct {
	defaults *Limiter
	limits   map[string]int
}

func (g *Gateway) forTenant(tenant string) (*Limiter, int) {
	if n, ok := g.limits[tenant]; ok {
		return g.defaults, n
	}
	return g.defaults, g.defaults.limit
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
	limits := make([]int, len(reqs))
	for i, r := range reqs {
		limiters[i], limits[i] = g.forTenant(r.tenant)
	}

	var admitted sync.WaitGroup
	admitted.Add(len(reqs))
	allowed := make([]bool, len(reqs))
	var wg sync.WaitGroup
	for i, r := range reqs {
		wg.Go(func() {
			admitted.Done()
			admitted.Wait()
			allowed[i] = limiters[i].Allow(r.user, limits[i])
		})
	}
	wg.Wait()
	for i, r := range reqs {
		fmt.Printf("%s/%s allowed=%v limit=%d\n", r.tenant, r.user, allowed[i], limits[i])
	}
}
