// Reduced from compose-spec/compose-go/v2 v2.16.2, types/project_test.go:885, where mapscope
// check reported `p.Jobs["cleanup"] = ...` in TestWithSelectedJob as a write to a nil map, with
// the note that Project.deepCopy leaves `Jobs` nil (project.go:1010). deepCopy hands a fresh
// project to the generated deriveDeepCopyProject, which makes the copy's map when the source's
// is not nil and sets it to nil otherwise; the test copies a project whose composite literal
// sets `Jobs`. A near miss: a generated deep copy into a destination pointer, keeping a nil map
// nil, of a value whose map is made. Our own rewrite.
package main

import "fmt"

type jobConfig struct {
	name     string
	image    string
	profiles []string
}

type project struct {
	name         string
	jobs         map[string]jobConfig
	disabledJobs map[string]jobConfig
}

func (p *project) deepCopy() *project {
	if p == nil {
		return nil
	}
	n := &project{}
	deriveDeepCopyProject(n, p)
	return n
}

// deriveDeepCopyProject copies src into dst, as a deep-copy generator writes it.
func deriveDeepCopyProject(dst, src *project) {
	dst.name = src.name
	if src.jobs != nil {
		dst.jobs = make(map[string]jobConfig, len(src.jobs))
		for k, v := range src.jobs {
			dst.jobs[k] = v
		}
	} else {
		dst.jobs = nil
	}
	if src.disabledJobs != nil {
		dst.disabledJobs = make(map[string]jobConfig, len(src.disabledJobs))
		for k, v := range src.disabledJobs {
			dst.disabledJobs[k] = v
		}
	} else {
		dst.disabledJobs = nil
	}
}

func main() {
	original := &project{
		name: "jobs",
		jobs: map[string]jobConfig{
			"migrate": {name: "migrate", image: "alpine"},
		},
	}
	p := original.deepCopy()
	p.jobs["cleanup"] = jobConfig{name: "cleanup", image: "busybox", profiles: []string{"maintenance"}}
	fmt.Println(len(p.jobs), len(original.jobs))
}
