// A metrics exporter normalises a sample's labels in place, lowercasing every value, and then
// adds the exporter's instance label. A sample built without labels has a nil map: the
// normalising loop does nothing on it, but the instance label after the loop is written into
// nil on every call.
package main

import (
	"fmt"
	"strings"
)

type Sample struct {
	Name   string
	Value  float64
	Labels map[string]string
}

func NewSample(name string, v float64) *Sample {
	return &Sample{Name: name, Value: v, Labels: map[string]string{}}
}

func normalise(s *Sample, instance string) {
	for k, v := range s.Labels {
		s.Labels[k] = strings.ToLower(v)
	}
	s.Labels["instance"] = instance // want "nil map"
}

func main() {
	a := NewSample("requests_total", 12)
	a.Labels["Method"] = "GET"
	normalise(a, "web-1")
	fmt.Println(a.Name, a.Labels)

	b := &Sample{Name: "uptime_seconds", Value: 3600}
	normalise(b, "web-1")
	fmt.Println(b.Name, b.Labels)
}
