// A batch job defers recording its outcome and then defers flushing; deferred calls run
// last-in first-out, so flush runs first, but it hands the tags off and starts a fresh map,
// which the outcome is then recorded into.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Job struct {
	Name    string
	tags    map[string]string
	flushed []string
}

func (j *Job) tag(key, value string) {
	j.tags[key] = value
}

func (j *Job) flush() {
	keys := make([]string, 0, len(j.tags))
	for k, v := range j.tags {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	j.flushed = append(j.flushed, strings.Join(keys, ","))
	j.tags = make(map[string]string)
}

func (j *Job) Run(items []int) (processed int) {
	j.tags = map[string]string{"job": j.Name}
	defer func() {
		j.tag("processed", fmt.Sprint(processed))
	}()
	defer j.flush()
	for _, it := range items {
		if it < 0 {
			return processed
		}
		processed++
	}
	return processed
}

func main() {
	j := &Job{Name: "reindex"}
	fmt.Println(j.Run([]int{1, 2, -1, 4}))
	fmt.Println(j.flushed, len(j.tags))
}
