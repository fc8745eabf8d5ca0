// A near miss of a loop over a helper's result that is nil unless a flag is on: the planner
// records per-step costs only when tracing, and the helper it loops over returns the costs only
// when it is passed the same tracing flag, so the write into the nil map of an untraced plan
// never runs.
package main

import (
	"fmt"
	"sort"
)

type options struct {
	trace   bool
	workers int
}

type step struct {
	name string
	cost int
}

func stepCosts(steps []step, enabled bool) map[string]int {
	if !enabled {
		return nil
	}
	out := make(map[string]int, len(steps))
	for _, s := range steps {
		out[s.name] += s.cost
	}
	return out
}

func plan(opts *options, steps []step) map[string]int {
	var traced map[string]int
	if opts.trace {
		traced = make(map[string]int)
	}
	for name, cost := range stepCosts(steps, opts.trace) {
		traced[name] = cost * opts.workers
	}
	return traced
}

func main() {
	steps := []step{{"fetch", 3}, {"parse", 2}, {"fetch", 1}}
	for _, trace := range []bool{false, true} {
		costs := plan(&options{trace: trace, workers: 2}, steps)
		names := make([]string, 0, len(costs))
		for n := range costs {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Println(trace, names, len(costs))
	}
}
