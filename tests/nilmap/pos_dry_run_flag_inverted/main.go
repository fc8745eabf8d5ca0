// A sync tool plans the changes it would apply. The planned-changes map is made only for a
// real run, but the code that records a planned change tests the flag the wrong way round,
// so a dry run writes into the nil map.
package main

import "fmt"

type change struct {
	path   string
	action string
}

type options struct {
	dryRun bool
	prune  bool
}

func plan(opts options, changes []change) int {
	var applied map[string]string
	if !opts.dryRun {
		applied = make(map[string]string, len(changes))
	}
	for _, c := range changes {
		if c.action == "delete" && !opts.prune {
			continue
		}
		if opts.dryRun {
			applied[c.path] = c.action // want "nil map"
		}
	}
	return len(applied)
}

func main() {
	changes := []change{{"a.txt", "update"}, {"b.txt", "delete"}}
	fmt.Println(plan(options{dryRun: false, prune: true}, changes))
	fmt.Println(plan(options{dryRun: true}, changes))
}
