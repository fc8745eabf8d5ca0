// A tenant-limits cache hands out entries by value and says whether it had one; on a miss
// the override path gives the new entry its own limits map before recording into it.
package main

import (
	"fmt"
	"sort"
)

type limits struct {
	tenant string
	caps   map[string]int // resource -> cap
}

type limitCache struct {
	entries map[string]limits
}

func newLimitCache() *limitCache {
	return &limitCache{entries: make(map[string]limits)}
}

func (c *limitCache) get(tenant string) (limits, bool) {
	l, ok := c.entries[tenant]
	return l, ok
}

func (c *limitCache) put(l limits) {
	c.entries[l.tenant] = l
}

func (c *limitCache) seed(tenant string, caps map[string]int) {
	c.put(limits{tenant: tenant, caps: caps})
}

// override raises one cap for a tenant, starting from what the cache holds.
func override(c *limitCache, tenant, resource string, v int) {
	l, ok := c.get(tenant)
	if !ok {
		l.caps = make(map[string]int)
	}
	l.tenant = tenant
	l.caps[resource] = v
	c.put(l)
}

func main() {
	c := newLimitCache()
	c.seed("acme", map[string]int{"cpu": 4, "mem": 8})
	override(c, "acme", "cpu", 6)
	override(c, "globex", "cpu", 2)
	names := make([]string, 0, len(c.entries))
	for n := range c.entries {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, c.entries[n].caps)
	}
}
