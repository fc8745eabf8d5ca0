// A metrics gateway tags each request with its tenant's labels: LabelsFor returns a private copy
// of the tenant's labels, but for tenants without labels, the common case, it returns one
// shared empty map to save an allocation per request. The request path then adds its own
// labels to whatever LabelsFor returned, so two requests of unlabelled tenants write the one
// shared map.
package main

import (
	"fmt"
	"maps"
	"sort"
	"sync"
)

var noLabels = map[string]string{}

type gateway struct {
	mu     sync.RWMutex
	labels map[string]map[string]string // tenant -> labels
}

func (g *gateway) LabelsFor(tenant string) map[string]string {
	g.mu.RLock()
	defer g.mu.RUnlock()
	l, ok := g.labels[tenant]
	if !ok || len(l) == 0 {
		return noLabels
	}
	return maps.Clone(l)
}

func (g *gateway) tag(tenant, route string, status int) string {
	labels := g.LabelsFor(tenant)
	labels["route"] = route // want "concurrent map write"
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("http_requests{tenant=%q %v} status=%d", tenant, keys, status)
}

func main() {
	g := &gateway{labels: map[string]map[string]string{
		"acme": {"plan": "enterprise", "region": "eu"},
	}}
	lines := make([]string, 3)
	var wg sync.WaitGroup
	wg.Go(func() { lines[0] = g.tag("acme", "/v1/query", 200) })
	wg.Go(func() { lines[1] = g.tag("hobby-17", "/v1/write", 204) })
	wg.Go(func() { lines[2] = g.tag("hobby-23", "/v1/query", 200) })
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}
}
