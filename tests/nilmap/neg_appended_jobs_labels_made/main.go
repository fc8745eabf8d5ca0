// A scheduler reads job definitions, one "name schedule" line each, into a slice of jobs and
// then tags every job with the team that owns the file. Every job is built with an empty
// labels map, so tagging writes into a made map.
package main

import (
	"fmt"
	"strings"
)

type Job struct {
	Name     string
	Schedule string
	Labels   map[string]string
}

func parseJobs(text, team string) []Job {
	var jobs []Job
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		name, schedule, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		jobs = append(jobs, Job{Name: name, Schedule: schedule, Labels: map[string]string{}})
	}
	for i := range jobs {
		jobs[i].Labels["team"] = team
	}
	return jobs
}

func main() {
	for _, j := range parseJobs("rotate-logs @hourly\nvacuum @daily", "platform") {
		fmt.Println(j.Name, j.Schedule, j.Labels)
	}
}
