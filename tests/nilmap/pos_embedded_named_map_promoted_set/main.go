// A metrics library embeds its Labels type (a named map with a Set method) in every metric,
// so callers write gauge.Set("queue", "emails"). The gauge constructor fills in the name and
// leaves the embedded Labels at its zero value, a nil map, and the promoted Set writes to it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Labels map[string]string

func (l Labels) Set(key, value string) {
	l[key] = value // want "nil map"
}

func (l Labels) String() string {
	parts := make([]string, 0, len(l))
	for k, v := range l {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ",") + "}"
}

type Gauge struct {
	Labels
	Name  string
	value float64
}

func NewGauge(name string) *Gauge {
	return &Gauge{Name: name}
}

func (g *Gauge) Update(v float64) { g.value = v }

type registry struct {
	gauges []*Gauge
}

func (r *registry) gauge(name string, labels ...string) *Gauge {
	g := NewGauge(name)
	for i := 0; i+1 < len(labels); i += 2 {
		g.Set(labels[i], labels[i+1])
	}
	r.gauges = append(r.gauges, g)
	return g
}

func main() {
	r := &registry{}
	r.gauge("queue_depth", "queue", "emails").Update(12)
	for _, g := range r.gauges {
		fmt.Println(g.Name+g.Labels.String(), g.value)
	}
}
