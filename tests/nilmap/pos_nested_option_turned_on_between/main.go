// A cost tracer makes its costs map under `r.options.trace` and writes it under the same test
// later; between the two, the runner replaces its whole options with tracing on, so the second
// test passes while the map was never made.
package main

import (
	"fmt"
	"strings"
)

type options struct {
	trace   bool
	verbose bool
}

type runner struct {
	options options
	name    string
}

func (r *runner) run(steps []string) map[string]int {
	var costs map[string]int
	if r.options.trace {
		costs = make(map[string]int, len(steps))
	}
	if strings.HasPrefix(r.name, "debug-") {
		// Debug runners always trace, whatever they were configured with.
		r.options = options{trace: true, verbose: true}
	}
	for _, step := range steps {
		if r.options.verbose {
			fmt.Println("step", step)
		}
		if r.options.trace {
			costs[step] = len(step) // want "nil map"
		}
	}
	return costs
}

func main() {
	quiet := &runner{name: "nightly"}
	fmt.Println(quiet.run([]string{"fetch", "build"}))
	debug := &runner{name: "debug-local"}
	fmt.Println(debug.run([]string{"fetch", "test"}))
}
