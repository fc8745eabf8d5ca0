// A rate limiter keeps, per tenant, two shards of hit counters as an array of maps held by value
// in a map; Hit ignores tenants that were never onboarded, so every count goes into a shard
// that onboarding made (the array copy shares its maps). A near miss: the key is tested first.
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
)

type Limiter struct {
	shards map[string][2]map[string]int
}

func NewLimiter(tenants ...string) *Limiter {
	l := &Limiter{shards: make(map[string][2]map[string]int)}
	for _, t := range tenants {
		l.shards[t] = [2]map[string]int{make(map[string]int), make(map[string]int)}
	}
	return l
}

func shardOf(client string) int {
	h := fnv.New32a()
	h.Write([]byte(client))
	return int(h.Sum32() % 2)
}

func (l *Limiter) Hit(tenant, client string) {
	s, ok := l.shards[tenant]
	if !ok {
		return
	}
	s[shardOf(client)][client]++
}

func (l *Limiter) Report() {
	tenants := make([]string, 0, len(l.shards))
	for t := range l.shards {
		tenants = append(tenants, t)
	}
	sort.Strings(tenants)
	for _, t := range tenants {
		s := l.shards[t]
		fmt.Println(t, len(s[0])+len(s[1]))
	}
}

func main() {
	l := NewLimiter("acme", "globex")
	hits := []struct{ tenant, client string }{
		{"acme", "10.0.0.1"}, {"globex", "10.0.0.2"}, {"initech", "10.0.0.3"},
	}
	for _, h := range hits {
		l.Hit(h.tenant, h.client)
	}
	l.Report()
}
