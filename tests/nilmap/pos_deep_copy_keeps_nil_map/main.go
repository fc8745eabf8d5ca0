// A generated deep copy makes the copy's map where the source's is not nil and keeps a nil
// map nil; the project copied was built without jobs, so the job added to the copy writes
// into nil. The positive twin of neg_real_compose_jobs_copied_from_literal.
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
		disabledJobs: map[string]jobConfig{
			"migrate": {name: "migrate", image: "alpine"},
		},
	}
	p := original.deepCopy()
	p.jobs["cleanup"] = jobConfig{name: "cleanup", image: "busybox", profiles: []string{"maintenance"}} // want "nil map"
	fmt.Println(len(p.jobs), len(original.jobs))
}
