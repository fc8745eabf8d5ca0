// A near miss written for the rule that a loop over a callee's result runs only when the
// callee's flag allows it: the syncer records what it applied only when it is not a dry run,
// and the planner it asks returns planned changes only then too (the same `dryRun` field of
// the shared options), so the write into the nil map of a dry run never runs.
package main

import "fmt"

type options struct {
	dryRun bool
	prefix string
}

type planner struct {
	opts  *options
	calls int
}

func (p *planner) plan(names []string) map[string]int {
	p.calls++
	var changes map[string]int
	if !p.opts.dryRun {
		changes = make(map[string]int, len(names))
		for i, n := range names {
			changes[p.opts.prefix+n] = i
		}
	}
	return changes
}

type syncer struct {
	opts *options
	p    *planner
}

func (s *syncer) sync(names []string) map[string]int {
	var applied map[string]int
	if s.opts.dryRun {
		fmt.Println("dry run: nothing applied")
	} else {
		applied = map[string]int{}
	}
	for name, rev := range s.p.plan(names) {
		applied[name] = rev + 1
	}
	return applied
}

func main() {
	for _, dry := range []bool{true, false} {
		opts := &options{dryRun: dry, prefix: "svc/"}
		s := &syncer{opts: opts, p: &planner{opts: opts}}
		fmt.Println(dry, len(s.sync([]string{"api", "web"})))
	}
}
