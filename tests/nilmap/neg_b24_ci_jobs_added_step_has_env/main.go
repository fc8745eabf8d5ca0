// A CI runner keeps jobs by name in a map of structs, each with a slice of steps; steps
// parsed from the template carry an env map, and a step added by a flag is appended with
// an env map of its own, so exporting CI=true into every step's env finds a map.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type step struct {
	Name string
	Run  string
	Env  map[string]string
}

type job struct {
	Image string
	Steps []step
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

func addStep(jobs map[string]job, jobName, run string) {
	j := jobs[jobName]
	j.Steps = append(j.Steps, step{Name: jobName + "-extra", Run: run, Env: map[string]string{}})
	jobs[jobName] = j
}

func main() {
	jobs := parseTemplate([]string{
		"test: go test ./...",
		"test: go vet ./...",
		"build: go build -o bin/app .",
	})
	addStep(jobs, "build", "sha256sum bin/app")

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
		for _, s := range jobs[name].Steps {
			fmt.Fprintf(os.Stdout, "%s %s %q %v\n", jobs[name].Image, s.Name, s.Run, s.Env)
		}
	}
}
