// Near miss of pos_s21_iface_ctor_one_type: the constructor returning the Counter interface
// makes the map of every *tagCounter it boxes, and the bare tagCounter literal elsewhere gets
// its map from init before anything counts into it. The interface call may run
// tagCounter's Inc or noopCounter's, and neither meets a nil map.
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

func (c *tagCounter) init() { c.counts = make(map[string]int) }

func (c *tagCounter) Inc(tag string) {
	c.counts[tag]++
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

func newCounter(name string, off bool) Counter {
	if off {
		return noopCounter{}
	}
	return &tagCounter{name: name, counts: make(map[string]int, 4)}
}

func spare(name string) Counter {
	c := &tagCounter{name: name}
	c.init()
	return c
}

func main() {
	full := newCounter("requests", false)
	full.Inc("GET")
	off := newCounter("errors", true)
	off.Inc("timeout")
	s := spare("retries")
	s.Inc("dial")
	fmt.Println(full.Total(), off.Total(), s.Total())
}
