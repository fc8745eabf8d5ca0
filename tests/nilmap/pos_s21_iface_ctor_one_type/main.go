// A metrics exporter is chosen by a constructor that returns the Counter interface. Every
// return of newCounter boxes a *tagCounter, but the "lite" branch builds it without its map, so
// the first Inc through the interface writes into a nil map. The module has a second Counter
// (noopCounter) whose Inc writes nothing; the call can only run tagCounter's.
package main

import "fmt"

type Counter interface {
	Inc(tag string)
	Total() int
}

type tagCounter struct {
	name   string
	counts map[string]int
}

func (c *tagCounter) Inc(tag string) {
	c.counts[tag]++ // want "nil map"
}

func (c *tagCounter) Total() int {
	n := 0
	for _, v := range c.counts {
		n += v
	}
	return n
}

type noopCounter struct{}

func (noopCounter) Inc(string)  {}
func (noopCounter) Total() int { return 0 }

func newCounter(name string, lite bool) Counter {
	if lite {
		return &tagCounter{name: name}
	}
	return &tagCounter{name: name, counts: make(map[string]int)}
}

func main() {
	var all []Counter
	all = append(all, noopCounter{})
	full := newCounter("requests", false)
	full.Inc("GET")
	lite := newCounter("errors", true)
	lite.Inc("timeout")
	all = append(all, full, lite)
	for _, c := range all {
		fmt.Println(c.Total())
	}
}
