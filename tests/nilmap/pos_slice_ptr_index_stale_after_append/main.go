// A cron scheduler loads its job definitions into a slice and indexes them by name with
// pointers to the elements while it is still appending. The appends move the slice, so
// the labels maps made through the index land in the old arrays, and labelling the jobs
// through the slice writes to an element whose map was never made.
package main

import (
	"fmt"
	"sort"
)

type Job struct {
	Name   string
	Cron   string
	Labels map[string]string
}

type Scheduler struct {
	jobs   []Job
	byName map[string]*Job
}

func (s *Scheduler) load(defs [][2]string) {
	s.byName = make(map[string]*Job, len(defs))
	for _, d := range defs {
		s.jobs = append(s.jobs, Job{Name: d[0], Cron: d[1]})
		s.byName[d[0]] = &s.jobs[len(s.jobs)-1]
	}
}

func (s *Scheduler) initLabels(team string) {
	for _, j := range s.byName {
		j.Labels = map[string]string{"team": team}
	}
}

func (s *Scheduler) labelAll(key, value string) {
	for i := range s.jobs {
		s.jobs[i].Labels[key] = value // want "nil map"
	}
}

func main() {
	s := &Scheduler{}
	s.load([][2]string{
		{"rotate-logs", "0 * * * *"},
		{"vacuum-db", "30 3 * * *"},
		{"send-digest", "0 8 * * 1"},
	})
	s.initLabels("platform")
	s.labelAll("env", "prod")
	names := make([]string, 0, len(s.jobs))
	for _, j := range s.jobs {
		names = append(names, j.Name+"="+j.Labels["env"])
	}
	sort.Strings(names)
	fmt.Println(names)
}
