// A loop over a callee's result that holds entries only when the options are not a dry run,
// writing into a map the caller makes only when the options ask for an audit: the two flags
// are different fields, so a non-dry run without the audit writes into the nil map.
package main

import "fmt"

type options struct {
	dryRun bool
	audit  bool
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
	if s.opts.audit {
		applied = map[string]int{}
	}
	for name, rev := range s.p.plan(names) {
		applied[name] = rev + 1 // want "nil map"
	}
	return applied
}

func main() {
	for _, audit := range []bool{true, false} {
		opts := &options{audit: audit, prefix: "svc/"}
		s := &syncer{opts: opts, p: &planner{opts: opts}}
		fmt.Println(audit, len(s.sync([]string{"api", "web"})))
	}
}
