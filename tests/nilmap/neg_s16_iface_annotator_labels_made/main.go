// Near miss of pos_s16_iface_annotator_zero_labels: the run record is built with its Labels map
// made before the map is handed to the plugins as an Annotator, so every annotation lands in a
// made map behind the interface.
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
	l[strings.ToLower(key)] = value
}

type Run struct {
	Job    string
	Labels Labels
}

func gitPlugin(a Annotator, job string) {
	a.Annotate("Commit", "4f2c9e1")
	a.Annotate("Branch", "main")
}

func main() {
	run := Run{Job: "deploy", Labels: Labels{}}
	gitPlugin(run.Labels, run.Job)
	keys := make([]string, 0, len(run.Labels))
	for k := range run.Labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(run.Job, strings.Join(keys, ","))
}
