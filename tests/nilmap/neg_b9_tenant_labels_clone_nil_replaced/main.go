// A metrics registry gives each series the constant labels of its tenant, copied with maps.Clone
// from the per-tenant defaults before the metric name is added. A tenant that has no defaults
// entry yields a nil map from the lookup and a nil clone, which is replaced by a made map.
package main

import (
	"fmt"
	"maps"
	"sort"
)

type Registry struct {
	tenantDefaults map[string]map[string]string
}

func (r *Registry) seriesLabels(tenant, metric string) map[string]string {
	labels := maps.Clone(r.tenantDefaults[tenant])
	if labels == nil {
		labels = make(map[string]string, 1)
	}
	labels["__name__"] = metric
	return labels
}

func main() {
	r := &Registry{tenantDefaults: map[string]map[string]string{
		"acme": {"tenant": "acme", "region": "eu"},
	}}
	for _, t := range []string{"acme", "globex"} {
		l := r.seriesLabels(t, "http_requests_total")
		keys := make([]string, 0, len(l))
		for k := range l {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(t, keys)
	}
}
