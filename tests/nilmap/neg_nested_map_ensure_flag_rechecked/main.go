// A near miss of an inner map created behind a presence test joined with another condition:
// the exporter creates a host's series table only for hosts it tracks, and skips an untracked
// host's sample right after, on the same flag, so the write never meets a missing table.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type sample struct {
	host, metric string
	value        float64
}

func bucket(samples []sample, tracked map[string]bool) map[string]map[string]float64 {
	series := make(map[string]map[string]float64)
	for _, s := range samples {
		keep := tracked[s.host] || strings.HasPrefix(s.host, "db")
		if _, ok := series[s.host]; !ok && keep {
			series[s.host] = make(map[string]float64)
		}
		if !keep {
			continue
		}
		series[s.host][s.metric] += s.value
	}
	return series
}

func main() {
	samples := []sample{
		{"web-1", "cpu", 0.5}, {"db-1", "cpu", 0.9}, {"batch-7", "cpu", 0.2}, {"web-1", "cpu", 0.1},
	}
	series := bucket(samples, map[string]bool{"web-1": true})
	hosts := make([]string, 0, len(series))
	for h := range series {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		fmt.Println(h, series[h])
	}
}
