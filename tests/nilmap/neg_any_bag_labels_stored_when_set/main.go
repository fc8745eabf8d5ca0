// A job runner passes a per-job property bag (map[string]any) through its hooks. The parsing
// hook stores the job's labels only when the job has label flags, so the tagging hook's
// assertion fails for a job without them and it never writes a nil map.
package main

import (
	"fmt"
	"strings"
)

type Bag map[string]any

type Hook interface {
	Apply(job string, bag Bag)
}

type parseHook struct{}

func parseLabels(args []string) map[string]string {
	var labels map[string]string
	for _, a := range args {
		kv, ok := strings.CutPrefix(a, "--label=")
		if !ok {
			continue
		}
		if labels == nil {
			labels = make(map[string]string)
		}
		k, v, _ := strings.Cut(kv, "=")
		labels[k] = v
	}
	return labels
}

func (parseHook) Apply(job string, bag Bag) {
	args := strings.Fields(job)
	bag["name"] = args[0]
	if labels := parseLabels(args[1:]); labels != nil {
		bag["labels"] = labels
	}
}

type tagHook struct{ runner string }

func (t tagHook) Apply(job string, bag Bag) {
	labels, ok := bag["labels"].(map[string]string)
	if !ok {
		return
	}
	labels["runner"] = t.runner
}

func run(job string, hooks []Hook) Bag {
	bag := Bag{}
	for _, h := range hooks {
		h.Apply(job, bag)
	}
	return bag
}

func main() {
	hooks := []Hook{parseHook{}, tagHook{runner: "ci-7"}}
	for _, job := range []string{"build --label=arch=arm64", "lint"} {
		bag := run(job, hooks)
		fmt.Println(bag["name"], bag["labels"])
	}
}
