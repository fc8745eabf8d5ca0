// A CI runner keeps jobs by name in a map of structs, each with the steps parsed from the
// template (every one with an env map) and a list of cleanup steps; a cleanup step added by
// a flag is a bare literal without env. Exporting CI=true walks only the template steps, so
// the bare cleanup step's nil map is never written. A near miss of a map of structs whose
// slice of steps meets an element appended without its map: here the loop walks another list.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type step struct {
	Name string
	Run  string
	Env  map[string]string
}

type job struct {
	Image   string
	Steps   []step
	Cleanup []step
}

func parseTemplate(lines []string) map[string]job {
	jobs := make(map[string]job)
	for _, l := range lines {
		name, rest, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		j := jobs[name]
		j.Image = "golang:1.22"
		j.Steps = append(j.Steps, step{Name: fmt.Sprintf("%s-%d", name, len(j.Steps)), Run: strings.TrimSpace(rest), Env: map[string]string{"GOFLAGS": "-mod=mod"}})
		jobs[name] = j
	}
	return jobs
}

func addCleanup(jobs map[string]job, jobName, run string) {
	j := jobs[jobName]
	j.Cleanup = append(j.Cleanup, step{Name: jobName + "-cleanup", Run: run})
	jobs[jobName] = j
}

func main() {
	jobs := parseTemplate([]string{
		"test: go test ./...",
		"build: go build -o bin/app .",
	})
	addCleanup(jobs, "build", "rm -rf bin")

	names := make([]string, 0, len(jobs))
	for name := range jobs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for i := range jobs[name].Steps {
			jobs[name].Steps[i].Env["CI"] = "true"
		}
	}
	for _, name := range names {
		j := jobs[name]
		for _, s := range j.Steps {
			fmt.Println(j.Image, s.Name, s.Env)
		}
		for _, s := range j.Cleanup {
			fmt.Println(j.Image, s.Name, "cleanup", len(s.Env))
		}
	}
}
