// A metrics exporter merges a series' base labels with per-sample extra labels. The merge
// returns a nil map when there is nothing to merge, so that json's omitempty drops the field,
// and presizes the map otherwise; the guard counts both kinds of labels, and each loop only
// writes when its own slice is non-empty, so every write finds the map made.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Sample struct {
	Name   string            `json:"name"`
	Value  float64           `json:"value"`
	Labels map[string]string `json:"labels,omitempty"`
}

func mergeLabels(base, extra []string) map[string]string {
	var out map[string]string
	if len(base)+len(extra) > 0 {
		out = make(map[string]string, len(base)+len(extra))
	}
	for _, kv := range base {
		k, v, _ := strings.Cut(kv, "=")
		out[k] = v
	}
	for _, kv := range extra {
		k, v, _ := strings.Cut(kv, "=")
		out[k] = v
	}
	return out
}

func main() {
	series := []struct {
		name        string
		value       float64
		base, extra []string
	}{
		{"up", 1, nil, nil},
		{"http_requests_total", 1027, []string{"job=api"}, []string{"code=200"}},
		{"queue_depth", 12, []string{"job=worker", "queue=emails"}, nil},
	}
	for _, s := range series {
		b, err := json.Marshal(Sample{Name: s.name, Value: s.value, Labels: mergeLabels(s.base, s.extra)})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(string(b))
	}
}
