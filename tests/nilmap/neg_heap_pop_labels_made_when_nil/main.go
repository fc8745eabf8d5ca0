// A job scheduler keeps pending jobs in a container/heap by priority; requeued jobs are pushed
// without their Tags map, but the worker that pops a job makes the map when it is missing
// before tagging it, so no write meets a nil map.
package main

import (
	"container/heap"
	"fmt"
)

type Job struct {
	Name     string
	Priority int
	Tags     map[string]string
}

type Jobs []*Job

func (j Jobs) Len() int           { return len(j) }
func (j Jobs) Less(a, b int) bool { return j[a].Priority > j[b].Priority }
func (j Jobs) Swap(a, b int)      { j[a], j[b] = j[b], j[a] }
func (j *Jobs) Push(x any)        { *j = append(*j, x.(*Job)) }

func (j *Jobs) Pop() any {
	old := *j
	last := old[len(old)-1]
	*j = old[:len(old)-1]
	return last
}

func main() {
	jobs := &Jobs{}
	heap.Push(jobs, &Job{Name: "backup", Priority: 2, Tags: map[string]string{"origin": "cron"}})
	heap.Push(jobs, &Job{Name: "reindex", Priority: 5})
	for jobs.Len() > 0 {
		job := heap.Pop(jobs).(*Job)
		if job.Tags == nil {
			job.Tags = make(map[string]string)
		}
		job.Tags["worker"] = "w1"
		fmt.Println(job.Name, job.Tags["worker"], job.Tags["origin"])
	}
}
