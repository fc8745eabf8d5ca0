// A job scheduler lets plugins annotate each run through an Annotator interface, which its
// Labels map type implements. The run record is declared with var and its zero Labels is
// handed to the plugins as an Annotator: the interface holds a nil map, and the first
// annotation writes into it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Annotator interface {
	Annotate(key, value string)
}

type Labels map[string]string

func (l Labels) Annotate(key, value string) {
	l[strings.ToLower(key)] = value // want "nil map"
}

type Run struct {
	Job    string
	Labels Labels
}

type plugin func(a Annotator, job string)

func gitPlugin(a Annotator, job string) {
	a.Annotate("Commit", "4f2c9e1")
	a.Annotate("Branch", "main")
}

func describe(job string, plugins []plugin) string {
	var run Run
	run.Job = job
	for _, p := range plugins {
		p(run.Labels, job)
	}
	keys := make([]string, 0, len(run.Labels))
	for k := range run.Labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return run.Job + " " + strings.Join(keys, ",")
}

func main() {
	fmt.Println(describe("nightly-build", nil))
	annotateRun := func(job string) {
		var run Run
		run.Job = job
		gitPlugin(run.Labels, job)
		fmt.Println(run.Job, len(run.Labels))
	}
	annotateRun("deploy")
}
