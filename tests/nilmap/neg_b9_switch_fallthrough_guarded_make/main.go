// A metrics exporter builds the label set of its samples from the configured detail level. The
// "full" level makes the label map, adds the service and falls through to the host labels that
// the "host" level adds too; the host case makes the map itself when it was entered directly.
package main

import (
	"fmt"
	"sort"
)

type Exporter struct {
	level  string
	host   string
	region string
}

func (e *Exporter) labels(service string) map[string]string {
	var labels map[string]string
	switch e.level {
	case "full":
		labels = make(map[string]string)
		labels["service"] = service
		fallthrough
	case "host":
		if labels == nil {
			labels = make(map[string]string, 2)
		}
		labels["host"] = e.host
		labels["region"] = e.region
	case "none":
	}
	return labels
}

func (e *Exporter) export(name string, value float64, service string) string {
	l := e.labels(service)
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := name
	for _, k := range keys {
		s += fmt.Sprintf(" %s=%q", k, l[k])
	}
	return fmt.Sprintf("%s %g", s, value)
}

func main() {
	exporters := []*Exporter{
		{level: "full", host: "web-1", region: "eu-west"},
		{level: "none"},
		{level: "host", host: "web-2", region: "us-east"},
	}
	for _, e := range exporters {
		fmt.Println(e.export("http_requests_total", 42, "checkout"))
	}
}
