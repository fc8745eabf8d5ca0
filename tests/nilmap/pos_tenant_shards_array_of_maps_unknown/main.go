// A rate limiter keeps, per tenant, two shards of hit counters as an array of maps held by value
// in a map; onboarding makes both shards, but a hit from a tenant that was never onboarded reads
// the zero array, whose shards are nil maps, and counting the hit writes into one.
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
	l.shards[tenant][shardOf(client)][client]++ // want "nil map"
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
