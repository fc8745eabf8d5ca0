// A job scheduler clones a job template before each run and stamps the run id into the
// clone's labels. Clone copies deeply and keeps a nil label map nil, which is right for a
// copy, but the "cleanup" template is built without labels, so stamping its clone writes
// into a nil map. (Templates built with labels clone into made maps.)
package main

import (
	"fmt"
	"sort"
)

type Job struct {
	Name    string
	Command []string
	Labels  map[string]string
}

// Clone returns a deep copy of j; a nil label map stays nil.
func (j *Job) Clone() *Job {
	var labels map[string]string
	if j.Labels != nil {
		labels = make(map[string]string, len(j.Labels))
	}
	for k, v := range j.Labels {
		labels[k] = v
	}
	return &Job{Name: j.Name, Command: append([]string(nil), j.Command...), Labels: labels}
}

var templates = map[string]*Job{
	"backup":  {Name: "backup", Command: []string{"pg_dump"}, Labels: map[string]string{"team": "db"}},
	"cleanup": {Name: "cleanup", Command: []string{"find", "/tmp", "-delete"}},
}

func start(name string, run int) *Job {
	job := templates[name].Clone()
	job.Labels["run"] = fmt.Sprint(run) // want "nil map"
	return job
}

func main() {
	for i, name := range []string{"backup", "cleanup"} {
		job := start(name, i+1)
		keys := make([]string, 0, len(job.Labels))
		for k := range job.Labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(job.Name, keys)
	}
}
