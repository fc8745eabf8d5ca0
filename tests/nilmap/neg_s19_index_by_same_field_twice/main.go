// A release dashboard groups builds per team: one loop makes a map per team named in the
// build list, a second loop over the same list records each build under the same team field,
// so every inner map it writes exists.
package main

import (
	"fmt"
	"sort"
)

type Build struct {
	Team   string
	Target string
	Status string
}

func byTeam(builds []Build) map[string]map[string]string {
	out := make(map[string]map[string]string)
	for _, b := range builds {
		out[b.Team] = make(map[string]string)
	}
	for _, b := range builds {
		out[b.Team][b.Target] = b.Status
	}
	return out
}

func main() {
	builds := []Build{{"payments", "api", "ok"}, {"search", "indexer", "failed"}, {"payments", "worker", "ok"}}
	teams := byTeam(builds)
	names := make([]string, 0, len(teams))
	for t := range teams {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		fmt.Println(t, teams[t])
	}
}
