// A near miss of pos_double_buffer_second_slot: the constructor makes only the first buffer,
// and Count makes the active buffer when it finds it nil, so the first write after a flush goes
// into a map made for it.
package main

import (
	"fmt"
	"sort"
)

type Aggregator struct {
	buffers [2]map[string]int
	active  int
}

func NewAggregator() *Aggregator {
	a := &Aggregator{}
	a.buffers[0] = make(map[string]int)
	return a
}

func (a *Aggregator) Count(name string, n int) {
	if a.buffers[a.active] == nil {
		a.buffers[a.active] = make(map[string]int)
	}
	a.buffers[a.active][name] += n
}

func (a *Aggregator) Flush() {
	full := a.buffers[a.active]
	a.active = 1 - a.active
	keys := make([]string, 0, len(full))
	for k := range full {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, full[k])
	}
	fmt.Println()
	clear(full)
}

func main() {
	a := NewAggregator()
	a.Count("http.requests", 3)
	a.Count("http.errors", 1)
	a.Flush()
	a.Count("http.requests", 2)
	a.Flush()
}
