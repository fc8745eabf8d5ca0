// A build runner defers a closure calling record(res.Stats, ...) at the top of Run and makes
// the stats map afterwards. The closure reads res.Stats when Run returns, after the make, so
// record stamps the start time into the made map.
package main

import (
	"fmt"
	"sort"
)

type Step struct {
	Name string
	Cost int64
}

type Job struct {
	Name  string
	Steps []Step
}

type Result struct {
	Job   string
	Stats map[string]int64
}

type Runner struct {
	ticks int64
}

func (r *Runner) now() int64 {
	r.ticks += 10
	return r.ticks
}

func record(stats map[string]int64, startedAt int64) {
	stats["started_at"] = startedAt
}

func (r *Runner) Run(job Job) *Result {
	res := &Result{Job: job.Name}
	startedAt := r.now()
	defer func() { record(res.Stats, startedAt) }()
	res.Stats = make(map[string]int64, len(job.Steps)+1)
	var total int64
	for _, s := range job.Steps {
		res.Stats[s.Name] = s.Cost
		total += s.Cost
	}
	res.Stats["total"] = total
	return res
}

func main() {
	r := &Runner{}
	jobs := []Job{
		{Name: "api", Steps: []Step{{"fetch", 3}, {"compile", 40}, {"test", 25}}},
		{Name: "web", Steps: []Step{{"fetch", 2}, {"bundle", 18}}},
	}
	for _, job := range jobs {
		res := r.Run(job)
		keys := make([]string, 0, len(res.Stats))
		for k := range res.Stats {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s %s=%d\n", res.Job, k, res.Stats[k])
		}
	}
}
