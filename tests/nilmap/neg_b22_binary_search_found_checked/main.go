// A billing catalog keeps its plans sorted by name and finds one with
// slices.BinarySearchFunc, checking `found`: granting a feature to an unknown plan is an
// error, so the neighbouring "free" plan without a feature map is never written.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type plan struct {
	name     string
	priceUSD int
	features map[string]bool
}

type catalog struct {
	plans []*plan
}

func newCatalog() *catalog {
	c := &catalog{plans: []*plan{
		{name: "pro", priceUSD: 20, features: map[string]bool{"sso": false, "audit": true}},
		{name: "enterprise", priceUSD: 90, features: map[string]bool{"sso": true, "audit": true}},
		// The free plan has no extras; lookups of a missing key read false.
		{name: "free"},
	}}
	slices.SortFunc(c.plans, func(a, b *plan) int { return strings.Compare(a.name, b.name) })
	return c
}

func (c *catalog) grant(planName, feature string) error {
	i, found := slices.BinarySearchFunc(c.plans, planName, func(p *plan, name string) int {
		return strings.Compare(p.name, name)
	})
	if !found {
		return errors.New("unknown plan " + planName)
	}
	c.plans[i].features[feature] = true
	return nil
}

func (c *catalog) has(planName, feature string) bool {
	for _, p := range c.plans {
		if p.name == planName {
			return p.features[feature]
		}
	}
	return false
}

func main() {
	c := newCatalog()
	requests := []struct{ plan, feature string }{
		{"pro", "sso"},
		{"enterprise", "sandbox"},
		{"flex", "audit"},
	}
	for _, r := range requests {
		if err := c.grant(r.plan, r.feature); err != nil {
			fmt.Println("grant:", err)
			continue
		}
		fmt.Printf("%s/%s granted=%v\n", r.plan, r.feature, c.has(r.plan, r.feature))
	}
}
