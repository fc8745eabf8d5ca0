// A tenant-limits cache hands out entries by value, and a miss gives the zero entry with a
// nil limits map; the override path seeds an unknown tenant with an empty caps map first, so
// the entry it then reads always has one.
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

func (c *limitCache) get(tenant string) limits {
	return c.entries[tenant]
}

func (c *limitCache) has(tenant string) bool {
	_, ok := c.entries[tenant]
	return ok
}

func (c *limitCache) put(l limits) {
	c.entries[l.tenant] = l
}

func (c *limitCache) seed(tenant string, caps map[string]int) {
	c.put(limits{tenant: tenant, caps: caps})
}

// override raises one cap for a tenant, starting from what the cache holds.
func override(c *limitCache, tenant, resource string, v int) {
	if !c.has(tenant) {
		c.seed(tenant, map[string]int{})
	}
	l := c.get(tenant)
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
