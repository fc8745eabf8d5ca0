// A query planner records the cost of every plan node in a trace map when tracing is on. The
// map is made under the trace flag, but the recording was later extended to the explain
// flag as well, so EXPLAIN without tracing records into a nil map.
package main

import (
	"fmt"
	"sort"
)

type options struct {
	trace   bool
	explain bool
}

type node struct {
	name string
	cost float64
}

func plan(opts options, nodes []node) float64 {
	var costs map[string]float64
	if opts.trace {
		costs = make(map[string]float64, len(nodes))
	}
	total := 0.0
	for _, n := range nodes {
		total += n.cost
		if opts.trace || opts.explain {
			costs[n.name] = n.cost // want "nil map"
		}
	}
	if opts.trace {
		names := make([]string, 0, len(costs))
		for name := range costs {
			names = append(names, name)
		}
		sort.Strings(names)
		fmt.Println("trace:", names)
	}
	return total
}

func main() {
	nodes := []node{{"seq scan orders", 120}, {"hash join", 45.5}, {"sort", 12}}
	fmt.Println(plan(options{trace: true}, nodes))
	fmt.Println(plan(options{explain: true}, nodes))
}
