// The metrics registry creates each counter with its series map.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name   string
	series map[string]float64
}

func (c *Counter) Inc(labels ...string) {
	c.series[strings.Join(labels, ",")]++
}

type Registry struct {
	counters map[string]*Counter
}

func (r *Registry) Counter(name string) *Counter {
	c, ok := r.counters[name]
	if !ok {
		c = &Counter{name: name, series: make(map[string]float64)}
		r.counters[name] = c
	}
	return c
}

func main() {
	r := &Registry{counters: map[string]*Counter{}}
	r.Counter("http_requests_total").Inc("GET", "200")
	r.Counter("http_requests_total").Inc("GET", "500")
	fmt.Println(len(r.counters))
}
