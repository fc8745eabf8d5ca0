// A near miss of pos_b17_visitor_yields_placeholder: Each hands the visitor a placeholder
// literal without a tag map for a required service that has not registered, and the audit
// visitor makes the map when it finds it nil before tagging.
package main

import (
	"fmt"
	"sort"
)

type Entry struct {
	Name        string
	Endpoint    string
	Placeholder bool
	Tags        map[string]string
}

type Catalog struct {
	required []string
	entries  map[string]*Entry
}

func (c *Catalog) Register(name, endpoint string) {
	c.entries[name] = &Entry{Name: name, Endpoint: endpoint, Tags: map[string]string{"source": "register"}}
}

// Each calls visit for every entry in name order until visit returns false.
func (c *Catalog) Each(visit func(*Entry) bool) {
	names := make([]string, 0, len(c.entries))
	for n := range c.entries {
		names = append(names, n)
	}
	for _, n := range c.required {
		if _, ok := c.entries[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		e, ok := c.entries[n]
		if !ok {
			e = &Entry{Name: n, Placeholder: true}
		}
		if !visit(e) {
			return
		}
	}
}

func audit(c *Catalog, stamp string) int {
	seen := 0
	c.Each(func(e *Entry) bool {
		if e.Tags == nil {
			e.Tags = map[string]string{}
		}
		e.Tags["audited"] = stamp
		seen++
		return true
	})
	return seen
}

func main() {
	c := &Catalog{required: []string{"billing", "users"}, entries: map[string]*Entry{}}
	c.Register("users", "http://users.svc:8080")
	c.Register("search", "http://search.svc:9200")
	fmt.Println("audited", audit(c, "2026-01"), "entries")
	c.Each(func(e *Entry) bool {
		fmt.Println(e.Name, e.Endpoint, e.Placeholder, e.Tags["audited"])
		return true
	})
}
