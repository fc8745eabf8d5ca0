// A metrics exporter normalises a sample's labels in place, lowercasing every value. A sample
// built without labels has a nil map, but the only write runs inside the loop over that same
// map, which a nil map never enters.
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

func normalise(s *Sample) {
	for k, v := range s.Labels {
		s.Labels[k] = strings.ToLower(v)
	}
	fmt.Println("normalised", s.Name, len(s.Labels))
}

func main() {
	a := NewSample("requests_total", 12)
	a.Labels["Method"] = "GET"
	normalise(a)

	b := &Sample{Name: "uptime_seconds", Value: 3600}
	normalise(b)
	fmt.Println(a.Labels, b.Labels)
}
